using EduReport.Render.Charts;

namespace EduReport.Questions.Semesters;

/// <summary>
/// Two charts of the presentations in time order: the exam completion rate with its 95% interval, the
/// lowest in orange, and the mean exam submission day, the latest in orange.
/// </summary>
public static class SemestersChart
{
    public const string CompletionName = "semesters_completion";

    public const string ExamDayName = "semesters_exam_day";

    public static ChartImage? RenderCompletion(SemestersResult result, ChartContext context)
    {
        var rows = result.Table.Where(r => r.CompletionRate is not null).ToArray();
        if (rows.Length == 0)
        {
            return null;
        }

        var items = rows
            .Select(r => new CategoryBar(
                r.Presentation,
                r.CompletionRate!.Value,
                context.Format.Percent(r.CompletionRate, 1),
                r == result.LowestCompletion ? 1 : 2,
                r.CiLow,
                r.CiHigh))
            .ToArray();
        var style = BarCharts.ForRows(context.Style, items.Length);
        var plot = BarCharts.Horizontal(
            context with { Style = style },
            items,
            context.Strings.Get("sections.semesters.chart_completion_x"),
            v => context.Format.Percent(v, 0),
            axisMax: 1);
        return ChartRenderer.ToImage(CompletionName, plot, style);
    }

    public static ChartImage? RenderExamDay(SemestersResult result, ChartContext context)
    {
        var rows = result.Table.Where(r => r.MeanExamDay is not null).ToArray();
        if (rows.Length == 0)
        {
            return null;
        }

        var items = rows
            .Select(r => new CategoryBar(
                r.Presentation,
                r.MeanExamDay!.Value,
                context.Format.Number(r.MeanExamDay, 1),
                r == result.LongestSubmission ? 1 : 2))
            .ToArray();
        var style = BarCharts.ForRows(context.Style, items.Length);
        var plot = BarCharts.Horizontal(
            context with { Style = style },
            items,
            context.Strings.Get("sections.semesters.chart_exam_day_x"),
            v => context.Format.Number(v, 0));
        return ChartRenderer.ToImage(ExamDayName, plot, style);
    }
}
