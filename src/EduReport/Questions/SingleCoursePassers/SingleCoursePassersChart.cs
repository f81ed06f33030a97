using EduReport.Render.Charts;

namespace EduReport.Questions.SingleCoursePassers;

/// <summary>A bar chart of students by the number of courses they passed, with the bar for one course highlighted.</summary>
public static class SingleCoursePassersChart
{
    public const string Name = "single_course_passers";

    public static ChartImage? Render(SingleCoursePassersResult result, ChartContext context)
    {
        if (result.TotalStudents == 0)
        {
            return null;
        }

        var bars = result.Distribution
            .Select(row => new BarItem(row.CoursesPassed.ToString(context.Style.Culture), row.Students, Tone: row.CoursesPassed == 1 ? ChartTone.Highlight : ChartTone.Primary))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get("sections.single_course_passers.caption"),
            context.Strings.Get("sections.single_course_passers.chart_x"),
            context.Strings.Get("sections.single_course_passers.chart_y"));
        return BarChart.Render(Name, bars, labels, "count", context);
    }
}
