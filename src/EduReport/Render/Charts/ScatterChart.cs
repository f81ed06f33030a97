using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>One group of points of a scatter plot, drawn in one colour and named in the legend.</summary>
public sealed record ScatterSeries(string Label, IReadOnlyList<(double X, double Y)> Points, ChartTone Tone);

/// <summary>The axes of a scatter plot: fixed ranges, and dashed reference lines such as a pass threshold.</summary>
public sealed record ScatterAxes
{
    /// <summary>The range of the horizontal axis; null fits the points.</summary>
    public (double Min, double Max)? X { get; init; }

    public (double Min, double Max)? Y { get; init; }

    /// <summary>Where a vertical dashed line crosses the horizontal axis; null draws none.</summary>
    public double? ReferenceX { get; init; }

    public double? ReferenceY { get; init; }
}

/// <summary>Scatter plots of one value against another, such as coursework score against exam score.</summary>
public static class ScatterChart
{
    /// <summary>The most points drawn per series; beyond it every k-th point is drawn, so the SVG stays small. The data table uses every point.</summary>
    public const int MaxDrawnPoints = 4000;

    /// <summary>The number of equal-width x ranges that the data table summarises the points in.</summary>
    public const int TableBins = 10;

    /// <summary>Points closer than this share of an axis's span are drawn once: at the chart's size they would print on one spot.</summary>
    private const double Resolution = 1.0 / 400;

    /// <summary>
    /// The marker diameter in pixels and its opacity: large and opaque enough that a lone point shows in
    /// print, translucent enough that overlapping points still show where they are dense.
    /// </summary>
    private const float MarkerSize = 5;

    private const float MarkerAlpha = 0.55f;

    /// <summary>Draws one series of points; see <see cref="Render(string, IReadOnlyList{ScatterSeries}, ChartLabels, string, string, ChartContext, ScatterAxes?)"/>.</summary>
    public static ChartImage? Render(string name, IReadOnlyList<(double X, double Y)> points, ChartLabels labels, string xFormat, string yFormat, ChartContext context, ScatterAxes? axes = null) =>
        Render(name, [new ScatterSeries(string.Empty, points, ChartTone.Primary)], labels, xFormat, yFormat, context, axes);

    /// <summary>
    /// Draws the points (x, y) of each series with semi-transparent markers, so that dense areas look
    /// darker, and a legend when the series have names. The data table lists, for ten equal ranges of x,
    /// how many points of all series fall in each and their mean y. Returns null when there is no point;
    /// NaN coordinates are left out.
    /// </summary>
    public static ChartImage? Render(string name, IReadOnlyList<ScatterSeries> series, ChartLabels labels, string xFormat, string yFormat, ChartContext context, ScatterAxes? axes = null)
    {
        var valid = series
            .Select(s => s with { Points = s.Points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToArray() })
            .ToArray();
        var all = valid.SelectMany(s => s.Points).ToArray();
        if (all.Length == 0)
        {
            return null;
        }

        axes ??= new ScatterAxes();
        var style = context.Style with { Height = Math.Max(context.Style.Height, 400) };
        var plot = ChartRenderer.NewPlot(style);
        var xRange = axes.X ?? (all.Min(p => p.X), all.Max(p => p.X));
        var yRange = axes.Y ?? (all.Min(p => p.Y), all.Max(p => p.Y));
        foreach (var group in valid.Where(s => s.Points.Count > 0))
        {
            var drawn = Thinned(group.Points, xRange, yRange);
            var markers = plot.Add.Markers(
                drawn.Select(p => p.X).ToArray(),
                drawn.Select(p => p.Y).ToArray(),
                MarkerShape.FilledCircle,
                MarkerSize,
                ChartRenderer.ToneColor(style, group.Tone).WithAlpha(MarkerAlpha));
            markers.LegendText = group.Label;
        }

        var grey = Color.FromHex("#7F7F7F");
        if (axes.ReferenceX is { } referenceX)
        {
            plot.Add.VerticalLine(referenceX, 1, grey, LinePattern.Dashed);
        }

        if (axes.ReferenceY is { } referenceY)
        {
            plot.Add.HorizontalLine(referenceY, 1, grey, LinePattern.Dashed);
        }

        if (axes.X is { } x)
        {
            plot.Axes.SetLimitsX(x.Min, x.Max);
        }

        if (axes.Y is { } y)
        {
            plot.Axes.SetLimitsY(y.Min, y.Max);
        }

        ChartRenderer.FormatTicks(plot.Axes.Bottom, xFormat, context);
        ChartRenderer.FormatTicks(plot.Axes.Left, yFormat, context);
        plot.XLabel(labels.XLabel);
        plot.YLabel(labels.YLabel);
        if (valid.Count(s => s.Label.Length > 0 && s.Points.Count > 0) > 1)
        {
            ChartParts.Legend(plot, style, Alignment.LowerRight);
        }

        return ChartRenderer.ToImage(name, plot, style) with { Caption = labels.Caption, Table = Table(all, labels, xFormat, yFormat, context) };
    }

    /// <summary>
    /// Returns the points to draw: one per spot of the chart's resolution, then at most
    /// <see cref="MaxDrawnPoints"/> of those, every k-th in order.
    /// </summary>
    private static (double X, double Y)[] Thinned(IReadOnlyList<(double X, double Y)> points, (double Min, double Max) xRange, (double Min, double Max) yRange)
    {
        var xStep = Math.Max(xRange.Max - xRange.Min, 1e-9) * Resolution;
        var yStep = Math.Max(yRange.Max - yRange.Min, 1e-9) * Resolution;
        var spots = points
            .Select(p => (X: Math.Round(p.X / xStep) * xStep, Y: Math.Round(p.Y / yStep) * yStep))
            .Distinct()
            .ToArray();
        var stride = (spots.Length + MaxDrawnPoints - 1) / MaxDrawnPoints;
        return spots.Where((_, i) => i % stride == 0).ToArray();
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
