using EduReport.Render.Charts;
using ScottPlot;

namespace EduReport.Questions.ExamPassDay;

/// <summary>
/// The pass days of each course, earliest mean at the top: a bar over the middle half (lower to upper
/// quartile), the mean as a circle labelled with its value, and the median as a diamond. The axis
/// spans only the days that occur, because pass days cluster around the exams at the end of a presentation.
/// </summary>
public static class ExamPassDayChart
{
    public const string Name = "exam_pass_day";

    public static ChartImage? Render(ExamPassDayResult result, ChartContext context)
    {
        if (result.ByCourse.Count == 0)
        {
            return null;
        }

        var rows = result.ByCourse
            .OrderBy(r => r.Mean)
            .ThenBy(r => r.Module, StringComparer.Ordinal)
            .ThenBy(r => r.Presentation, PresentationCode.Comparer)
            .ToArray();
        var style = BarCharts.ForRows(context.Style, rows.Length + 2);
        var plot = ChartRenderer.NewPlot(style);
        var positions = rows.Select((_, i) => (double)(rows.Length - 1 - i)).ToArray();

        var ranges = plot.Add.Bars(rows.Select((r, i) => new Bar
        {
            Position = positions[i],
            ValueBase = r.LowerQuartile,
            Value = r.UpperQuartile,
            FillColor = ChartRenderer.PaletteColor(style, 2),
            LineWidth = 0,
            Orientation = Orientation.Horizontal,
            Size = 0.6,
        }).ToArray());
        ranges.LegendText = context.Strings.Get("sections.exam_pass_day.chart_quartiles");

        var means = plot.Add.Markers(rows.Select(r => r.Mean).ToArray(), positions, MarkerShape.FilledCircle, 9, ChartRenderer.PaletteColor(style, 0));
        means.LegendText = context.Strings.Get("sections.exam_pass_day.chart_mean");
        var medians = plot.Add.Markers(rows.Select(r => r.Median).ToArray(), positions, MarkerShape.FilledDiamond, 11, ChartRenderer.PaletteColor(style, 1));
        medians.LegendText = context.Strings.Get("sections.exam_pass_day.median");

        var low = rows.Min(r => Math.Min(r.LowerQuartile, Math.Min(r.Mean, r.Median)));
        var high = rows.Max(r => Math.Max(r.UpperQuartile, Math.Max(r.Mean, r.Median)));
        var span = Math.Max(high - low, 4);
        for (var i = 0; i < rows.Length; i++)
        {
            var right = Math.Max(rows[i].UpperQuartile, Math.Max(rows[i].Mean, rows[i].Median));
            var label = plot.Add.Text(context.Format.Number(rows[i].Mean, 1), right + (span * 0.03), positions[i]);
            label.Alignment = Alignment.MiddleLeft;
            label.LabelFontName = style.FontFamily;
            label.LabelFontSize = 12;
            label.LabelFontColor = Color.FromHex(style.TextColor);
        }

        plot.Axes.Left.SetTicks(positions, rows.Select(r => $"{r.Module} {r.Presentation}").ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => context.Format.Number(v, 0) };
        plot.Axes.SetLimits(low - (span * 0.08), high + (span * 0.2), -0.6, rows.Length - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.XLabel(context.Strings.Get("sections.exam_pass_day.chart_x"));
        plot.Legend.FontName = style.FontFamily;
        plot.ShowLegend(Edge.Bottom);
        return ChartRenderer.ToImage(Name, plot, style);
    }
}
