using EduReport.Render.Charts;

namespace EduReport.Questions.ExamDifficulty;

/// <summary>
/// Horizontal bars of every attempted exam's pass rate with its 95% interval, hardest at the top. The
/// hardest exam is orange, the easiest dark blue, other ranked exams mid blue and unranked exams grey.
/// </summary>
public static class ExamDifficultyChart
{
    public const string Name = "exam_difficulty";

    public static ChartImage? Render(ExamDifficultyResult result, ChartContext context)
    {
        var bars = result.Exams
            .Select(exam => new BarItem(
                $"{exam.Module} {exam.Presentation} ({exam.IdAssessment})",
                exam.PassRate,
                exam.CiLow,
                exam.CiHigh,
                ToneOf(exam, result)))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get("sections.exam_difficulty.caption"),
            context.Strings.Get("sections.exam_difficulty.exam"),
            context.Strings.Get("sections.exam_difficulty.chart_x"));
        return BarChart.Render(Name, bars, labels, "pct:1", context, horizontal: true);
    }

    private static ChartTone ToneOf(ExamRow exam, ExamDifficultyResult result) =>
        exam == result.Hardest ? ChartTone.Highlight
        : exam == result.Easiest ? ChartTone.Primary
        : exam.Ranked ? ChartTone.Secondary
        : ChartTone.Muted;
}
