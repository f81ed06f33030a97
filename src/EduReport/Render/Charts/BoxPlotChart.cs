using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>One box: the five-number summary of a group's values, how many values there are and, when known, their mean.</summary>
/// <param name="Min">The lowest value, where the lower whisker ends.</param>
/// <param name="Q1">The first quartile, the bottom of the box.</param>
/// <param name="Q3">The third quartile, the top of the box.</param>
/// <param name="Mean">The mean, drawn as an orange diamond, which the caption should name; null draws none.</param>
public sealed record BoxItem(string Label, double Min, double Q1, double Median, double Q3, double Max, int Count, double? Mean = null);

/// <summary>Box plots: one box per group from the lower to the upper quartile, a line at the median, and whiskers from the minimum to the maximum.</summary>
public static class BoxPlotChart
{
    /// <summary>The height of one horizontal box's row, in pixels.</summary>
    private const int RowHeight = 30;

    /// <summary>
    /// Draws <paramref name="boxes"/> in order, the first on the left, or at the top of a horizontal
    /// chart; a box with a mean gets a diamond there. Returns null when there is no box.
    /// </summary>
    public static ChartImage? Render(string name, IReadOnlyList<BoxItem> boxes, ChartLabels labels, string valueFormat, ChartContext context, bool horizontal = false)
    {
        if (boxes.Count == 0)
        {
            return null;
        }

        var style = horizontal ? context.Style with { Height = Math.Max(180, 90 + (RowHeight * boxes.Count)) } : context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var positions = Enumerable.Range(0, boxes.Count).Select(i => horizontal ? boxes.Count - 1 - i : (double)i).ToArray();
        for (var i = 0; i < boxes.Count; i++)
        {
            DrawBox(plot, boxes[i], positions[i], style, horizontal);
        }

        var withMean = Enumerable.Range(0, boxes.Count).Where(i => boxes[i].Mean is not null).ToArray();
        if (withMean.Length > 0)
        {
            var means = withMean.Select(i => boxes[i].Mean!.Value).ToArray();
            var at = withMean.Select(i => positions[i]).ToArray();
            var (xs, ys) = horizontal ? (means, at) : (at, means);
            plot.Add.Markers(xs, ys, MarkerShape.FilledDiamond, 10, ChartRenderer.ToneColor(style, ChartTone.Highlight));
        }

        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        ChartParts.Categories(plot, categoryAxis, positions, boxes.Select(b => b.Label).ToArray());
        ChartRenderer.FormatTicks(valueAxis, valueFormat, context);
        if (horizontal)
        {
            plot.Axes.SetLimitsY(-0.6, boxes.Count - 0.4);
            plot.XLabel(labels.YLabel);
        }
        else
        {
            plot.Axes.SetLimitsX(-0.6, boxes.Count - 0.4);
            plot.XLabel(labels.XLabel);
            plot.YLabel(labels.YLabel);
        }

        List<ChartColumn> columns =
        [
            new(labels.XLabel),
            new(context.Strings.Get("chart.count"), "count"),
            new(context.Strings.Get("chart.min"), valueFormat),
            new(context.Strings.Get("chart.q1"), valueFormat),
            new(context.Strings.Get("chart.median"), valueFormat),
            new(context.Strings.Get("chart.q3"), valueFormat),
            new(context.Strings.Get("chart.max"), valueFormat),
        ];
        if (withMean.Length > 0)
        {
            columns.Add(new ChartColumn(context.Strings.Get("chart.mean"), valueFormat));
        }

        var rows = boxes
            .Select(b => withMean.Length > 0
                ? (IReadOnlyList<object?>)[b.Label, b.Count, b.Min, b.Q1, b.Median, b.Q3, b.Max, b.Mean]
                : [b.Label, b.Count, b.Min, b.Q1, b.Median, b.Q3, b.Max])
            .ToArray();
        return ChartRenderer.ToImage(name, plot, style) with { Caption = labels.Caption, Table = new ChartTable(columns, rows) };
    }

    /// <summary>
    /// Draws one box with lines and a rectangle, because ScottPlot 5.1 draws only vertical boxes. In a
    /// horizontal chart the value runs along x and the position along y.
    /// </summary>
    private static void DrawBox(Plot plot, BoxItem box, double position, ChartStyle style, bool horizontal)
    {
        const double HalfWidth = 0.3;
        const double HalfCap = 0.12;
        var line = Color.FromHex(style.TextColor);
        Coordinates At(double value, double across) => horizontal ? new Coordinates(value, position + across) : new Coordinates(position + across, value);
        void Segment(Coordinates from, Coordinates to)
        {
            var segment = plot.Add.Line(from, to);
            segment.Color = line;
            segment.LineWidth = 1.5f;
            segment.MarkerSize = 0;
        }

        var corner1 = At(box.Q1, -HalfWidth);
        var corner2 = At(box.Q3, HalfWidth);
        var rectangle = plot.Add.Rectangle(Math.Min(corner1.X, corner2.X), Math.Max(corner1.X, corner2.X), Math.Min(corner1.Y, corner2.Y), Math.Max(corner1.Y, corner2.Y));
        rectangle.FillColor = ChartRenderer.ToneColor(style, ChartTone.Secondary);
        rectangle.LineColor = line;
        rectangle.LineWidth = 1.5f;
        Segment(At(box.Median, -HalfWidth), At(box.Median, HalfWidth));
        Segment(At(box.Min, 0), At(box.Q1, 0));
        Segment(At(box.Q3, 0), At(box.Max, 0));
        Segment(At(box.Min, -HalfCap), At(box.Min, HalfCap));
        Segment(At(box.Max, -HalfCap), At(box.Max, HalfCap));
    }
}
