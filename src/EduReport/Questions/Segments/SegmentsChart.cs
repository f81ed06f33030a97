using EduReport.Render.Charts;
using ScottPlot;

namespace EduReport.Questions.Segments;

/// <summary>A horizontal bar chart of students per segment, the focus segment highlighted.</summary>
public static class SegmentsChart
{
    public const string Name = "segments";

    public static ChartImage? Render(SegmentsResult result, ChartContext context)
    {
        if (result.TotalStudents == 0 || result.Segments.Count == 0)
        {
            return null;
        }

        var plot = ChartRenderer.NewPlot(context.Style);
        var count = result.Segments.Count;
        var bars = result.Segments
            .Select((row, i) => new Bar
            {
                Position = count - 1 - i,
                Value = row.Students,
                FillColor = ChartRenderer.PaletteColor(context.Style, row.Id == result.Focus?.Id ? 1 : 0),
                LineWidth = 0,
                Label = $"{context.Format.Count(row.Students)} ({context.Format.Percent(row.Share)})",
            })
            .ToArray();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = context.Style.FontFamily;
        plottable.ValueLabelStyle.FontSize = 12;
        ChartAxes.Categories(
            plot.Axes.Left,
            result.Segments.Select(r => ChartAxes.Localized(r.Name, context.Style)).ToArray(),
            bars.Select(b => b.Position).ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", context.Style.Culture) };
        plot.Axes.Margins(left: 0, right: 0.3, bottom: 0.05, top: 0.05);
        plot.XLabel(context.Strings.Get("sections.segments.chart_x"));
        return ChartRenderer.ToImage(Name, plot, context.Style);
    }
}
