using EduReport.Analyse.Statistics;
using EduReport.Facts;

namespace EduReport.Questions.Semesters;

/// <summary>Compares the presentations of a period by exam completion rate and mean exam submission day.</summary>
public static class SemestersAnalysis
{
    /// <summary>Computes the comparison over <paramref name="period"/>, or over every presentation when it is null or empty.</summary>
    /// <exception cref="ConfigurationException">The period names a presentation that is not in the data.</exception>
    public static SemestersResult Compute(FactSet facts, IReadOnlyCollection<string>? period = null)
    {
        var dataset = facts.Dataset;
        var courses = dataset.Courses;
        var courseFacts = facts.Courses;
        var inData = Enumerable.Range(0, courses.Count)
            .Select(c => dataset.Presentations[courses.Presentation[c]])
            .Distinct(StringComparer.Ordinal)
            .Order(PresentationCode.Comparer)
            .ToArray();
        var selected = SelectPeriod(inData, period);

        var rows = new List<SemesterRow>();
        foreach (var presentation in selected)
        {
            var members = Enumerable.Range(0, courses.Count)
                .Where(c => dataset.Presentations[courses.Presentation[c]] == presentation)
                .ToArray();
            var attempts = members.Sum(c => courseFacts.ExamAttempts[c]);
            var passed = members.Sum(c => courseFacts.ExamPasses[c]);
            var examDays = members.Sum(c => courseFacts.ExamDayCount[c]);
            var daySum = members.Sum(c => courseFacts.ExamDaySum[c]);
            var completion = Proportion.Of(passed, attempts);
            rows.Add(new SemesterRow(
                presentation,
                members.Length,
                members.Sum(c => courseFacts.Registrations[c]),
                attempts,
                passed,
                completion.Rate,
                completion.CiLow,
                completion.CiHigh,
                examDays > 0 ? (double)daySum / examDays : null,
                examDays));
        }

        // Ties go to the presentation with more attempts, then to the earlier one.
        var lowest = rows
            .Where(r => r.CompletionRate is not null)
            .OrderBy(r => r.CompletionRate)
            .ThenByDescending(r => r.ExamAttempts)
            .FirstOrDefault();
        var longest = rows
            .Where(r => r.MeanExamDay is not null)
            .OrderByDescending(r => r.MeanExamDay)
            .ThenByDescending(r => r.ExamDays)
            .FirstOrDefault();
        var test = SignificanceTest.Of(
            ProportionTest.Homogeneity(rows.Select(r => (r.ExamPassed, r.ExamAttempts)).ToArray()),
            facts.Definitions.SignificanceLevel);
        return new SemestersResult(selected, rows, lowest, longest, test);
    }

    private static string[] SelectPeriod(string[] inData, IReadOnlyCollection<string>? period)
    {
        if (period is null || period.Count == 0)
        {
            return inData;
        }

        foreach (var code in period)
        {
            if (!inData.Contains(code, StringComparer.Ordinal))
            {
                throw new ConfigurationException(Localization.Text.Message("Analyse_UnknownPresentation", code, string.Join(", ", inData)));
            }
        }

        return inData.Where(p => period.Contains(p, StringComparer.Ordinal)).ToArray();
    }
}
