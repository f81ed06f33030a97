using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>One box: the five-number summary of a group's values and how many values there are.</summary>
/// <param name="Min">The lowest value, where the lower whisker ends.</param>
/// <param name="Q1">The first quartile, the bottom of the box.</param>
/// <param name="Q3">The third quartile, the top of the box.</param>
public sealed record BoxItem(string Label, double Min, double Q1, double Median, double Q3, double Max, int Count);

/// <summary>Box plots: one box per group, with whiskers from the minimum to the maximum.</summary>
public static class BoxPlotChart
{
    /// <summary>Draws <paramref name="boxes"/> in order; returns null when there is none.</summary>
    public static ChartImage? Render(string name, IReadOnlyList<BoxItem> boxes, ChartLabels labels, string valueFormat, ChartContext context)
    {
        if (boxes.Count == 0)
        {
            return null;
        }

        var style = context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var plotted = boxes.Select((box, i) => new Box
        {
            Position = i,
            BoxMin = box.Q1,
            BoxMax = box.Q3,
            BoxMiddle = box.Median,
            WhiskerMin = box.Min,
            WhiskerMax = box.Max,
            FillColor = ChartRenderer.PaletteColor(style, 2),
            LineColor = Color.FromHex(style.TextColor),
            LineWidth = 1.5f,
        }).ToArray();
        plot.Add.Boxes(plotted);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, boxes.Count).Select(i => (double)i).ToArray(), boxes.Select(b => b.Label).ToArray());
        ChartRenderer.FormatTicks(plot.Axes.Left, valueFormat, context);
        plot.XLabel(labels.XLabel);
        plot.YLabel(labels.YLabel);

        var columns = new[]
        {
            new ChartColumn(labels.XLabel),
            new ChartColumn(context.Strings.Get("chart.count"), "count"),
            new ChartColumn(context.Strings.Get("chart.min"), valueFormat),
            new ChartColumn(context.Strings.Get("chart.q1"), valueFormat),
            new ChartColumn(context.Strings.Get("chart.median"), valueFormat),
            new ChartColumn(context.Strings.Get("chart.q3"), valueFormat),
            new ChartColumn(context.Strings.Get("chart.max"), valueFormat),
        };
        var rows = boxes.Select(b => (IReadOnlyList<object?>)[b.Label, b.Count, b.Min, b.Q1, b.Median, b.Q3, b.Max]).ToArray();
        return ChartRenderer.ToImage(name, plot, style) with { Caption = labels.Caption, Table = new ChartTable(columns, rows) };
    }
}
