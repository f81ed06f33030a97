using EduReport.Render.Charts;

namespace EduReport.Questions.Semesters;

/// <summary>
/// Two charts of the presentations in time order: the exam completion rate with its 95% interval, the
/// lowest in orange, and the mean exam submission day, the latest in orange. The others are mid blue.
/// </summary>
public static class SemestersChart
{
    public const string CompletionName = "semesters_completion";

    public const string ExamDayName = "semesters_exam_day";

    private const string Text = "sections.semesters.";

    public static ChartImage? RenderCompletion(SemestersResult result, ChartContext context)
    {
        var bars = result.Table
            .Where(r => r.CompletionRate is not null)
            .Select(r => new BarItem(r.Presentation, r.CompletionRate!.Value, r.CiLow, r.CiHigh, r == result.LowestCompletion ? ChartTone.Highlight : ChartTone.Secondary))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get(Text + "caption_completion"),
            context.Strings.Get(Text + "presentation"),
            context.Strings.Get(Text + "chart_completion_x"));
        return BarChart.Render(CompletionName, bars, labels, "pct:1", context, horizontal: true);
    }

    public static ChartImage? RenderExamDay(SemestersResult result, ChartContext context)
    {
        var bars = result.Table
            .Where(r => r.MeanExamDay is not null)
            .Select(r => new BarItem(r.Presentation, r.MeanExamDay!.Value, Tone: r == result.LongestSubmission ? ChartTone.Highlight : ChartTone.Secondary))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get(Text + "caption_exam_day"),
            context.Strings.Get(Text + "presentation"),
            context.Strings.Get(Text + "chart_exam_day_x"));
        return BarChart.Render(ExamDayName, bars, labels, "num:1", context, horizontal: true);
    }
}
