using EduReport.Analyse.Statistics;
using EduReport.Facts;

namespace EduReport.Questions.Popularity;

/// <summary>
/// Ranks modules and courses by registrations and by churn, unregistrations over registrations.
/// Modules and courses without registrations have no churn rate and are left out.
/// </summary>
public static class PopularityAnalysis
{
    /// <summary>How many modules or courses each ranking lists.</summary>
    public const int TopCount = 3;

    public static PopularityResult Compute(FactSet facts)
    {
        var dataset = facts.Dataset;
        var courses = dataset.Courses;
        var courseFacts = facts.Courses;
        var definitions = facts.Definitions;

        var courseRows = Enumerable.Range(0, courses.Count)
            .Where(c => courseFacts.Registrations[c] > 0)
            .Select(c =>
            {
                var registrations = courseFacts.Registrations[c];
                var churned = courseFacts.ChurnedRegistrations(c, definitions);
                var churn = Proportion.Of(churned, registrations);
                return new CoursePopularity(
                    dataset.Modules[courses.Module[c]],
                    dataset.Presentations[courses.Presentation[c]],
                    registrations,
                    churned,
                    churn.Rate!.Value,
                    churn.CiLow!.Value,
                    churn.CiHigh!.Value);
            })
            .ToArray();

        var moduleRows = courseRows
            .GroupBy(r => r.Module, StringComparer.Ordinal)
            .Select(g =>
            {
                var registrations = g.Sum(r => r.Registrations);
                var churned = g.Sum(r => r.Unregistrations);
                var churn = Proportion.Of(churned, registrations);
                return new ModulePopularity(g.Key, g.Count(), registrations, churned, churn.Rate!.Value, churn.CiLow!.Value, churn.CiHigh!.Value);
            })
            .OrderByDescending(m => m.Registrations)
            .ThenBy(m => m.Module, StringComparer.Ordinal)
            .ToArray();

        return new PopularityResult(
            moduleRows.Take(TopCount).ToArray(),
            moduleRows
                .OrderByDescending(m => m.ChurnRate)
                .ThenByDescending(m => m.Registrations)
                .ThenBy(m => m.Module, StringComparer.Ordinal)
                .Take(TopCount)
                .ToArray(),
            moduleRows,
            new CoursePopularityRankings(
                courseRows
                    .OrderByDescending(r => r.Registrations)
                    .ThenBy(r => r.Module, StringComparer.Ordinal)
                    .ThenBy(r => r.Presentation, PresentationCode.Comparer)
                    .Take(TopCount)
                    .ToArray(),
                courseRows
                    .OrderByDescending(r => r.ChurnRate)
                    .ThenByDescending(r => r.Registrations)
                    .ThenBy(r => r.Module, StringComparer.Ordinal)
                    .ThenBy(r => r.Presentation, PresentationCode.Comparer)
                    .Take(TopCount)
                    .ToArray()),
            definitions.ChurnAfterStartOnly);
    }
}
