using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>A histogram bin: the values from <paramref name="Start"/> up to, but not including, <paramref name="End"/>.</summary>
/// <param name="Tone">The bin's colour role, such as <see cref="ChartTone.Highlight"/> for late submissions.</param>
public sealed record HistogramBin(double Start, double End, int Count, ChartTone Tone = ChartTone.Primary)
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

/// <summary>One series of a histogram of shares: its bins, which all series share, and its colour.</summary>
public sealed record HistogramSeries(string Label, IReadOnlyList<HistogramBin> Bins, ChartTone Tone);

/// <summary>Histograms: adjacent bars over bins of a numeric scale.</summary>
public static class HistogramChart
{
    /// <summary>
    /// Draws <paramref name="bins"/>; <paramref name="binFormat"/> formats the bin edges (such as "num:0"),
    /// and the counts are formatted as counts. When <paramref name="wholeValues"/> is set, each bin holds
    /// the one whole value at its start, such as a day: its bar is centred on that value, and the data
    /// table lists the value instead of the edges. Returns null when every bin is empty.
    /// </summary>
    public static ChartImage? Render(string name, IReadOnlyList<HistogramBin> bins, ChartLabels labels, string binFormat, ChartContext context, bool wholeValues = false)
    {
        if (bins.All(b => b.Count == 0))
        {
            return null;
        }

        var style = context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var shift = wholeValues ? -0.5 : 0;
        plot.Add.Bars(bins.Select(bin => new Bar
        {
            Position = ((bin.Start + bin.End) / 2) + shift,
            Size = bin.End - bin.Start,
            Value = bin.Count,
            FillColor = ChartRenderer.ToneColor(style, bin.Tone),
            LineColor = Colors.White,
            LineWidth = 1,
        }).ToArray());
        ChartRenderer.FormatTicks(plot.Axes.Bottom, binFormat, context);
        ChartRenderer.FormatTicks(plot.Axes.Left, "count", context);
        plot.Axes.Margins(bottom: 0, top: 0.1);
        plot.XLabel(labels.XLabel);
        plot.YLabel(labels.YLabel);

        ChartColumn[] columns = wholeValues
            ? [new(labels.XLabel, binFormat), new(labels.YLabel, "count")]
            : [new(context.Strings.Get("chart.bin_from"), binFormat), new(context.Strings.Get("chart.bin_to"), binFormat), new(labels.YLabel, "count")];
        var rows = bins
            .Select(b => wholeValues ? (IReadOnlyList<object?>)[b.Start, b.Count] : [b.Start, b.End, b.Count])
            .ToArray();
        return ChartRenderer.ToImage(name, plot, style) with { Caption = labels.Caption, Table = new ChartTable(columns, rows) };
    }

    /// <summary>
    /// Draws several series over the same bins side by side, each bin as its share of the series' total,
    /// so that series of different sizes compare, with a legend of the series. The data table lists each
    /// series' share of every bin. Returns null when every series is empty.
    /// </summary>
    public static ChartImage? RenderShares(string name, IReadOnlyList<HistogramSeries> series, ChartLabels labels, string binFormat, ChartContext context)
    {
        var drawn = series.Where(s => s.Bins.Sum(b => b.Count) > 0).ToArray();
        if (drawn.Length == 0)
        {
            return null;
        }

        var edges = drawn[0].Bins;
        if (drawn.Any(s => s.Bins.Count != edges.Count || s.Bins.Where((b, i) => b.Start != edges[i].Start || b.End != edges[i].End).Any()))
        {
            throw new ArgumentException("Every series needs the same bins.", nameof(series));
        }

        var style = context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var shares = drawn.Select(s => Shares(s.Bins)).ToArray();
        for (var s = 0; s < drawn.Length; s++)
        {
            var values = shares[s];
            var plotted = plot.Add.Bars(edges.Select((bin, i) =>
            {
                var slot = (bin.End - bin.Start) / (drawn.Length + 1);
                return new Bar
                {
                    Position = bin.Start + (slot * (s + 1)),
                    Value = values[i],
                    Size = slot * 0.95,
                    FillColor = ChartRenderer.ToneColor(style, drawn[s].Tone),
                    LineWidth = 0,
                };
            }).ToArray());
            plotted.LegendText = drawn[s].Label;
        }

        ChartRenderer.FormatTicks(plot.Axes.Bottom, binFormat, context);
        ChartRenderer.FormatTicks(plot.Axes.Left, "pct:0", context);
        plot.Axes.Margins(bottom: 0, top: 0.1);
        plot.XLabel(labels.XLabel);
        plot.YLabel(labels.YLabel);
        ChartParts.Legend(plot, style, Alignment.UpperLeft);

        var columns = new List<ChartColumn> { new(context.Strings.Get("chart.bin_from"), binFormat), new(context.Strings.Get("chart.bin_to"), binFormat) };
        columns.AddRange(drawn.Select(s => new ChartColumn(s.Label, "pct:1")));
        var rows = edges
            .Select((bin, i) => (IReadOnlyList<object?>)[bin.Start, bin.End, .. shares.Select(values => (object?)values[i])])
            .ToArray();
        return ChartRenderer.ToImage(name, plot, style) with { Caption = labels.Caption, Table = new ChartTable(columns, rows) };
    }

    private static double[] Shares(IReadOnlyList<HistogramBin> bins)
    {
        var total = (double)bins.Sum(b => b.Count);
        return bins.Select(b => b.Count / total).ToArray();
    }
}
