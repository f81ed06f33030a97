using EduReport.Analyse.Statistics;
using EduReport.Facts;
using EduReport.Load;

namespace EduReport.Questions.ExamDifficulty;

/// <summary>
/// Ranks exams by completion rate, passed attempts over attempts. Exams without attempts are listed
/// apart, and only exams with at least <see cref="Definitions.MinAttemptsToRank"/> attempts are ranked.
/// </summary>
public static class ExamDifficultyAnalysis
{
    public static ExamDifficultyResult Compute(FactSet facts)
    {
        var dataset = facts.Dataset;
        var assessments = dataset.Assessments;
        var minAttempts = facts.Definitions.MinAttemptsToRank;
        var exams = new List<ExamRow>();
        var withoutAttempts = new List<ExamWithoutAttempts>();
        for (var a = 0; a < assessments.Count; a++)
        {
            if (assessments.Type[a] != AssessmentType.Exam)
            {
                continue;
            }

            var module = dataset.Modules[assessments.Module[a]];
            var presentation = dataset.Presentations[assessments.Presentation[a]];
            var attempts = facts.Assessments.Attempts[a];
            if (attempts == 0)
            {
                withoutAttempts.Add(new ExamWithoutAttempts(assessments.Id[a], module, presentation, facts.Assessments.Submissions[a]));
                continue;
            }

            var passed = facts.Assessments.Passes[a];
            var rate = Proportion.Of(passed, attempts);
            exams.Add(new ExamRow(
                assessments.Id[a],
                module,
                presentation,
                attempts,
                passed,
                rate.Rate!.Value,
                rate.CiLow!.Value,
                rate.CiHigh!.Value,
                facts.Assessments.ScoreSum[a] / attempts,
                attempts >= minAttempts));
        }

        // Hardest first; among equal rates the exam with more attempts, whose rate is surer, comes first.
        var sorted = exams
            .OrderBy(e => e.PassRate)
            .ThenByDescending(e => e.Attempts)
            .ThenBy(e => e.IdAssessment)
            .ToArray();
        var ranked = sorted.Where(e => e.Ranked).ToArray();
        var hardest = ranked.FirstOrDefault();
        var easiest = ranked
            .OrderByDescending(e => e.PassRate)
            .ThenByDescending(e => e.Attempts)
            .ThenBy(e => e.IdAssessment)
            .FirstOrDefault();
        var test = hardest is not null && easiest is not null && hardest != easiest
            ? SignificanceTest.Of(ProportionTest.TwoProportions(hardest.Passed, hardest.Attempts, easiest.Passed, easiest.Attempts), facts.Definitions.SignificanceLevel)
            : null;

        var sortedWithout = withoutAttempts
            .OrderBy(e => e.Module, StringComparer.Ordinal)
            .ThenBy(e => e.Presentation, PresentationCode.Comparer)
            .ThenBy(e => e.IdAssessment)
            .ToArray();
        return new ExamDifficultyResult(
            sorted,
            hardest,
            easiest,
            sortedWithout.Select(e => e.IdAssessment).ToArray(),
            sortedWithout,
            minAttempts,
            ranked.Length,
            Totals(exams.Count + withoutAttempts.Count, exams.Sum(e => e.Attempts), exams.Sum(e => e.Passed)),
            test);
    }

    private static ExamTotals Totals(int examCount, int attempts, int passed)
    {
        var rate = Proportion.Of(passed, attempts);
        return new ExamTotals(examCount, attempts, passed, rate.Rate, rate.CiLow, rate.CiHigh);
    }
}
