using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>A histogram bin: the values from <paramref name="Start"/> up to, but not including, <paramref name="End"/>.</summary>
public sealed record HistogramBin(double Start, double End, int Count)
{
    /// <summary>
    /// Counts <paramref name="values"/> in <paramref name="binCount"/> bins of equal width from
    /// <paramref name="start"/>. The last bin also includes its upper end (a score of exactly 100 falls in
    /// 90–100); values outside the range and NaN are left out.
    /// </summary>
    public static IReadOnlyList<HistogramBin> FromValues(IEnumerable<double> values, double start, double width, int binCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(binCount);
        var counts = new int[binCount];
        var end = start + (width * binCount);
        foreach (var value in values)
        {
            if (double.IsNaN(value) || value < start || value > end)
            {
                continue;
            }

            counts[Math.Min((int)((value - start) / width), binCount - 1)]++;
        }

        return counts.Select((count, i) => new HistogramBin(start + (i * width), start + ((i + 1) * width), count)).ToArray();
    }
}

/// <summary>Histograms: adjacent bars over bins of a numeric scale.</summary>
public static class HistogramChart
{
    /// <summary>
    /// Draws <paramref name="bins"/>; <paramref name="binFormat"/> formats the bin edges (such as "num:0"),
    /// and the counts are formatted as counts. Returns null when every bin is empty.
    /// </summary>
    public static ChartImage? Render(string name, IReadOnlyList<HistogramBin> bins, ChartLabels labels, string binFormat, ChartContext context)
    {
        if (bins.All(b => b.Count == 0))
        {
            return null;
        }

        var style = context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var bars = bins.Select(bin => new Bar
        {
            Position = (bin.Start + bin.End) / 2,
            Size = bin.End - bin.Start,
            Value = bin.Count,
            FillColor = ChartRenderer.PaletteColor(style, 0),
            LineColor = Colors.White,
            LineWidth = 1,
        }).ToArray();
        plot.Add.Bars(bars);
        ChartRenderer.FormatTicks(plot.Axes.Bottom, binFormat, context);
        ChartRenderer.FormatTicks(plot.Axes.Left, "count", context);
        plot.Axes.Margins(bottom: 0, top: 0.1);
        plot.XLabel(labels.XLabel);
        plot.YLabel(labels.YLabel);

        var columns = new[]
        {
            new ChartColumn(context.Strings.Get("chart.bin_from"), binFormat),
            new ChartColumn(context.Strings.Get("chart.bin_to"), binFormat),
            new ChartColumn(labels.YLabel, "count"),
        };
        var rows = bins.Select(b => (IReadOnlyList<object?>)[b.Start, b.End, b.Count]).ToArray();
        return ChartRenderer.ToImage(name, plot, style) with { Caption = labels.Caption, Table = new ChartTable(columns, rows) };
    }
}
