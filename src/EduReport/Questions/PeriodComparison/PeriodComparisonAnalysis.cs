using EduReport.Analyse.Statistics;
using EduReport.Facts;
using EduReport.Periods;
using EduReport.Questions.CourseComparison;
using EduReport.Questions.SingleCoursePassers;

namespace EduReport.Questions.PeriodComparison;

/// <summary>
/// Compares the period's key figures with those of the previous comparable period. Both sides are
/// computed by the same analyses (the course comparison by module, and the single-course passers),
/// each on its own facts, so a figure here always means what it means in its own section.
/// </summary>
public static class PeriodComparisonAnalysis
{
    public static PeriodComparisonResult Compute(PeriodFacts period)
    {
        var selection = period.Selection;
        var alpha = period.Current.Definitions.SignificanceLevel;
        var status = period.Previous is not null ? ComparisonStatus.Compared
            : selection.Period.CoversAllData ? ComparisonStatus.WholeData
            : ComparisonStatus.FirstPeriod;

        // The totals compare the modules that have an earlier presentation; without a comparison they describe the whole period.
        var whole = Figures.Of(period.Current);
        var current = period.Comparable is null || ReferenceEquals(period.Comparable, period.Current) ? whole : Figures.Of(period.Comparable);
        var previous = period.Previous is null ? null : Figures.Of(period.Previous);
        var modules = ModuleChanges(selection, whole, previous, alpha);

        return new PeriodComparisonResult(
            status,
            selection.Modules.SelectMany(m => m.PreviousPresentations).Distinct(StringComparer.Ordinal).Order(PresentationCode.Comparer).ToArray(),
            Basis(selection),
            selection.Modules.Where(m => m.IsNew && status == ComparisonStatus.Compared).Select(m => m.Module).ToArray(),
            Count(current.Students, previous?.Students),
            Count(current.Totals.Registrations, previous?.Totals.Registrations),
            Count(current.Courses, previous?.Courses),
            Rate(current.Passers.Students, current.Passers.TotalStudents, previous?.Passers.Students, previous?.Passers.TotalStudents, alpha),
            Rate(current.Totals.ExamPassed, current.Totals.ExamAttempts, previous?.Totals.ExamPassed, previous?.Totals.ExamAttempts, alpha),
            Rate(current.Totals.Unregistrations, current.Totals.Registrations, previous?.Totals.Unregistrations, previous?.Totals.Registrations, alpha),
            Mean(current.Totals, previous?.Totals),
            Rate(current.Totals.LateSubmissions, current.Totals.SubmissionsWithDeadline, previous?.Totals.LateSubmissions, previous?.Totals.SubmissionsWithDeadline, alpha),
            modules,
            alpha);
    }

    /// <summary>Groups the compared modules by the presentations they are compared with, the latest presentations last.</summary>
    private static ComparisonBasis[] Basis(PeriodSelection selection) =>
        selection.Modules
            .Where(m => !m.IsNew)
            .GroupBy(m => string.Join(' ', m.PreviousPresentations), StringComparer.Ordinal)
            .Select(g => new ComparisonBasis(g.First().PreviousPresentations, g.Select(m => m.Module).ToArray()))
            .OrderBy(b => b.PreviousPresentations[^1], PresentationCode.Comparer)
            .ThenBy(b => b.Modules[0], StringComparer.Ordinal)
            .ToArray();

    private static ModuleChange[] ModuleChanges(PeriodSelection selection, Figures current, Figures? previous, double alpha)
    {
        var changes = new List<ModuleChange>();
        foreach (var module in selection.Modules)
        {
            var now = current.ByModule[module.Module];
            var before = module.IsNew ? null : previous?.ByModule.GetValueOrDefault(module.Module);
            changes.Add(new ModuleChange(
                module.Module,
                module.Presentations,
                before is null ? [] : module.PreviousPresentations,
                Count(now.Registrations, before?.Registrations),
                Rate(now.ExamPassed, now.ExamAttempts, before?.ExamPassed, before?.ExamAttempts, alpha),
                Rate(now.Unregistrations, now.Registrations, before?.Unregistrations, before?.Registrations, alpha),
                Mean(now, before),
                Rate(now.LateSubmissions, now.SubmissionsWithDeadline, before?.LateSubmissions, before?.SubmissionsWithDeadline, alpha)));
        }

        // Each rate is tested once per module, so the p-values of one rate are corrected together.
        var completion = Holm(changes.Select(c => c.CompletionRate).ToArray(), alpha);
        var churn = Holm(changes.Select(c => c.ChurnRate).ToArray(), alpha);
        var late = Holm(changes.Select(c => c.LateShare).ToArray(), alpha);
        return changes
            .Select((c, i) => c with { CompletionRate = completion[i], ChurnRate = churn[i], LateShare = late[i] })
            .ToArray();
    }

    private static RateChange[] Holm(RateChange[] changes, double alpha)
    {
        var tested = Enumerable.Range(0, changes.Length).Where(i => changes[i].Test is not null).ToArray();
        var adjusted = HolmCorrection.Adjust(tested.Select(i => changes[i].Test!.PValue).ToArray());
        var result = (RateChange[])changes.Clone();
        for (var k = 0; k < tested.Length; k++)
        {
            result[tested[k]] = changes[tested[k]] with { AdjustedPValue = adjusted[k], Significant = adjusted[k] <= alpha };
        }

        return result;
    }

    private static CountChange Count(int current, int? previous) =>
        new(current, previous, current - previous);

    private static RateChange Rate(int count, int total, int? previousCount, int? previousTotal, double alpha)
    {
        var rate = Share(count, total);
        if (previousCount is not { } before || previousTotal is not { } beforeTotal)
        {
            return new RateChange(rate, null, null, count, total, null, null, null, null, false);
        }

        var previousRate = Share(before, beforeTotal);
        var test = SignificanceTest.Of(ProportionTest.TwoProportions(count, total, before, beforeTotal), alpha);
        return new RateChange(rate, previousRate, rate - previousRate, count, total, before, beforeTotal, test, null, test?.Significant == true);
    }

    private static MeanChange Mean(CourseComparisonRow current, CourseComparisonRow? previous) =>
        new(current.MeanExamScore, previous?.MeanExamScore, current.MeanExamScore - previous?.MeanExamScore, current.ExamAttempts, previous?.ExamAttempts);

    private static double? Share(int count, int total) => total > 0 ? (double)count / total : null;

    /// <summary>The figures of one side of the comparison.</summary>
    private sealed record Figures(int Students, int Courses, SingleCoursePassersResult Passers, CourseComparisonRow Totals, IReadOnlyDictionary<string, CourseComparisonRow> ByModule)
    {
        public static Figures Of(FactSet facts)
        {
            // The course comparison by module sums each module's presentations, whatever course scope the report uses.
            var byModule = CourseComparisonAnalysis.Compute(facts with { Definitions = facts.Definitions with { CourseScope = CourseScope.Module } });
            return new Figures(
                facts.Students.Count,
                facts.Dataset.Courses.Count,
                SingleCoursePassersAnalysis.Compute(facts),
                byModule.Total,
                byModule.Courses.ToDictionary(r => r.Module, StringComparer.Ordinal));
        }
    }
}
