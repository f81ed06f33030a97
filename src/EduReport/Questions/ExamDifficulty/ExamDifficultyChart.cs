using EduReport.Render.Charts;

namespace EduReport.Questions.ExamDifficulty;

/// <summary>
/// Horizontal bars of every attempted exam's pass rate with its 95% interval, hardest at the top. The
/// hardest exam is orange, the easiest dark blue, other ranked exams light blue and unranked exams grey.
/// </summary>
public static class ExamDifficultyChart
{
    public const string Name = "exam_difficulty";

    public static ChartImage? Render(ExamDifficultyResult result, ChartContext context)
    {
        if (result.Exams.Count == 0)
        {
            return null;
        }

        var items = result.Exams
            .Select(exam => new CategoryBar(
                $"{exam.Module} {exam.Presentation} ({exam.IdAssessment})",
                exam.PassRate,
                context.Format.Percent(exam.PassRate, 1),
                ColourOf(exam, result),
                exam.CiLow,
                exam.CiHigh))
            .ToArray();
        var style = BarCharts.ForRows(context.Style, items.Length);
        var plot = BarCharts.Horizontal(
            context with { Style = style },
            items,
            context.Strings.Get("sections.exam_difficulty.chart_x"),
            v => context.Format.Percent(v, 0),
            axisMax: 1);
        return ChartRenderer.ToImage(Name, plot, style);
    }

    private static int ColourOf(ExamRow exam, ExamDifficultyResult result) =>
        exam == result.Hardest ? 1
        : exam == result.Easiest ? 0
        : exam.Ranked ? 2
        : 3;
}
