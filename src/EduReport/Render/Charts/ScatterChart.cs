using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>Scatter plots of one value against another, such as coursework score against exam score.</summary>
public static class ScatterChart
{
    /// <summary>The most points drawn; beyond it every k-th point is drawn, so the SVG stays small. The data table uses every point.</summary>
    public const int MaxDrawnPoints = 4000;

    /// <summary>The number of equal-width x ranges that the data table summarises the points in.</summary>
    public const int TableBins = 10;

    /// <summary>
    /// Draws the points (x, y) with semi-transparent markers, so that dense areas look darker. The data
    /// table lists, for ten equal ranges of x, how many points fall in each and their mean y. Returns
    /// null when there is no point; NaN coordinates are left out.
    /// </summary>
    public static ChartImage? Render(string name, IReadOnlyList<(double X, double Y)> points, ChartLabels labels, string xFormat, string yFormat, ChartContext context)
    {
        var valid = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToArray();
        if (valid.Length == 0)
        {
            return null;
        }

        var style = context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var stride = (valid.Length + MaxDrawnPoints - 1) / MaxDrawnPoints;
        var drawn = valid.Where((_, i) => i % stride == 0).ToArray();
        var scatter = plot.Add.ScatterPoints(drawn.Select(p => p.X).ToArray(), drawn.Select(p => p.Y).ToArray(), ChartRenderer.PaletteColor(style, 0).WithAlpha(0.35));
        scatter.MarkerSize = 4;
        ChartRenderer.FormatTicks(plot.Axes.Bottom, xFormat, context);
        ChartRenderer.FormatTicks(plot.Axes.Left, yFormat, context);
        plot.XLabel(labels.XLabel);
        plot.YLabel(labels.YLabel);

        return ChartRenderer.ToImage(name, plot, style) with { Caption = labels.Caption, Table = Table(valid, labels, xFormat, yFormat, context) };
    }

    private static ChartTable Table((double X, double Y)[] points, ChartLabels labels, string xFormat, string yFormat, ChartContext context)
    {
        var min = points.Min(p => p.X);
        var max = points.Max(p => p.X);
        var width = max > min ? (max - min) / TableBins : 1;
        var counts = new int[TableBins];
        var sums = new double[TableBins];
        foreach (var (x, y) in points)
        {
            var bin = Math.Min((int)((x - min) / width), TableBins - 1);
            counts[bin]++;
            sums[bin] += y;
        }

        var columns = new[]
        {
            new ChartColumn(context.Strings.Get("chart.bin_from") + ": " + labels.XLabel, xFormat),
            new ChartColumn(context.Strings.Get("chart.bin_to"), xFormat),
            new ChartColumn(context.Strings.Get("chart.count"), "count"),
            new ChartColumn(context.Strings.Get("chart.mean") + ": " + labels.YLabel, yFormat),
        };
        var rows = Enumerable.Range(0, TableBins)
            .Where(i => counts[i] > 0)
            .Select(i => (IReadOnlyList<object?>)[min + (i * width), min + ((i + 1) * width), counts[i], sums[i] / counts[i]])
            .ToArray();
        return new ChartTable(columns, rows);
    }
}
