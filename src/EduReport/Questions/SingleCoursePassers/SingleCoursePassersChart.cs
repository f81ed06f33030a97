using EduReport.Render.Charts;
using ScottPlot;

namespace EduReport.Questions.SingleCoursePassers;

/// <summary>A bar chart of students by the number of courses they passed.</summary>
public static class SingleCoursePassersChart
{
    public const string Name = "single_course_passers";

    public static ChartImage? Render(SingleCoursePassersResult result, ChartContext context)
    {
        if (result.TotalStudents == 0)
        {
            return null;
        }

        var plot = ChartRenderer.NewPlot(context.Style);
        var bars = result.Distribution
            .Select(row => new Bar
            {
                Position = row.CoursesPassed,
                Value = row.Students,
                FillColor = ChartRenderer.PaletteColor(context.Style, row.CoursesPassed == 1 ? 1 : 0),
                LineWidth = 0,
                Label = context.Format.Count(row.Students),
            })
            .ToArray();
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontName = context.Style.FontFamily;
        plottable.ValueLabelStyle.FontSize = 12;
        plot.Axes.Bottom.SetTicks(
            result.Distribution.Select(r => (double)r.CoursesPassed).ToArray(),
            result.Distribution.Select(r => r.CoursesPassed.ToString(context.Style.Culture)).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.XLabel(context.Strings.Get("sections.single_course_passers.chart_x"));
        plot.YLabel(context.Strings.Get("sections.single_course_passers.chart_y"));
        return ChartRenderer.ToImage(Name, plot, context.Style);
    }
}
