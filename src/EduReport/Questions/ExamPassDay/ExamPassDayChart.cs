using EduReport.Render.Charts;

namespace EduReport.Questions.ExamPassDay;

/// <summary>
/// A box plot of the pass days of each course, earliest mean at the top: the box spans the middle half
/// of the students, the whiskers the earliest and latest pass, and a diamond marks the mean.
/// </summary>
public static class ExamPassDayChart
{
    public const string Name = "exam_pass_day";

    private const string Text = "sections.exam_pass_day.";

    public static ChartImage? Render(ExamPassDayResult result, ChartContext context)
    {
        var boxes = result.ByCourse
            .OrderBy(r => r.Mean)
            .ThenBy(r => r.Module, StringComparer.Ordinal)
            .ThenBy(r => r.Presentation, PresentationCode.Comparer)
            .Select(r => new BoxItem($"{r.Module} {r.Presentation}", r.Min, r.LowerQuartile, r.Median, r.UpperQuartile, r.Max, r.Students, r.Mean))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get(Text + "caption"),
            context.Strings.Get(Text + "course"),
            context.Strings.Get(Text + "chart_x"));
        return BoxPlotChart.Render(Name, boxes, labels, "num:1", context, horizontal: true);
    }
}
