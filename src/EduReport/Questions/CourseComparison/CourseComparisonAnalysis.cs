using EduReport.Analyse.Statistics;
using EduReport.Facts;
using EduReport.Load;

namespace EduReport.Questions.CourseComparison;

/// <summary>
/// Builds the course comparison table and tests each course's churn, completion rate and late share
/// against all other courses pooled, correcting each metric's p-values with the Holm method.
/// </summary>
public static class CourseComparisonAnalysis
{
    public static CourseComparisonResult Compute(FactSet facts)
    {
        var definitions = facts.Definitions;
        var groups = Groups(facts);
        var (passDaySum, passDayCount) = PassDays(facts);
        var counts = groups.Select(g => Sum(facts, g.Courses, passDaySum, passDayCount)).ToArray();
        var total = Sum(facts, Enumerable.Range(0, facts.Dataset.Courses.Count).ToArray(), passDaySum, passDayCount);

        var churnFlags = Flags(counts, total, c => (c.Churned, c.Registrations), definitions.SignificanceLevel);
        var completionFlags = Flags(counts, total, c => (c.ExamPasses, c.ExamAttempts), definitions.SignificanceLevel);
        var lateFlags = Flags(counts, total, c => (c.Late, c.WithDeadline), definitions.SignificanceLevel);

        var rows = groups
            .Select((g, i) => Row(g.Module, g.Presentation, counts[i], churnFlags[i], completionFlags[i], lateFlags[i]))
            .ToArray();
        var ranked = rows
            .Where(r => r.ExamAttempts >= definitions.MinAttemptsToRank && r.ExamAttempts > 0)
            .OrderBy(r => r.CompletionRate)
            .ThenByDescending(r => r.ExamAttempts)
            .ToArray();
        var highest = ranked
            .OrderByDescending(r => r.CompletionRate)
            .ThenByDescending(r => r.ExamAttempts)
            .FirstOrDefault();

        return new CourseComparisonResult(
            definitions.CourseScope,
            definitions.SignificanceLevel,
            rows,
            Row(string.Empty, null, total, null, null, null),
            ranked.FirstOrDefault(),
            highest,
            rows.Count(r => r.Flagged),
            new FlagCounts(
                churnFlags.Count(f => f?.Significant == true),
                completionFlags.Count(f => f?.Significant == true),
                lateFlags.Count(f => f?.Significant == true)));
    }

    /// <summary>Returns the rows of the comparison: each course, or each module when the definitions count modules.</summary>
    private static (string Module, string? Presentation, int[] Courses)[] Groups(FactSet facts)
    {
        var dataset = facts.Dataset;
        var courses = dataset.Courses;
        var all = Enumerable.Range(0, courses.Count);
        if (facts.Definitions.CourseScope == CourseScope.Module)
        {
            return all
                .GroupBy(c => dataset.Modules[courses.Module[c]], StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, (string?)null, g.ToArray()))
                .ToArray();
        }

        return all
            .OrderBy(c => dataset.Modules[courses.Module[c]], StringComparer.Ordinal)
            .ThenBy(c => dataset.Presentations[courses.Presentation[c]], PresentationCode.Comparer)
            .Select(c => (dataset.Modules[courses.Module[c]], (string?)dataset.Presentations[courses.Presentation[c]], new[] { c }))
            .ToArray();
    }

    private static (long[] Sum, int[] Count) PassDays(FactSet facts)
    {
        var enrolments = facts.Enrolments;
        var sum = new long[facts.Dataset.Courses.Count];
        var count = new int[sum.Length];
        for (var e = 0; e < enrolments.Count; e++)
        {
            if (enrolments.Passed(e) && Missing.HasDay(enrolments.PassDay[e]))
            {
                sum[enrolments.Course[e]] += enrolments.PassDay[e];
                count[enrolments.Course[e]]++;
            }
        }

        return (sum, count);
    }

    private static GroupCounts Sum(FactSet facts, int[] members, long[] passDaySum, int[] passDayCount)
    {
        var courses = facts.Courses;
        var definitions = facts.Definitions;
        return new GroupCounts(
            Registrations: members.Sum(c => courses.Registrations[c]),
            BeforeStart: members.Sum(c => courses.UnregistrationsBeforeStart[c]),
            AfterStart: members.Sum(c => courses.UnregistrationsAfterStart[c]),
            Churned: members.Sum(c => courses.ChurnedRegistrations(c, definitions)),
            ExamAttempts: members.Sum(c => courses.ExamAttempts[c]),
            ExamPasses: members.Sum(c => courses.ExamPasses[c]),
            ExamScoreSum: members.Sum(c => courses.ExamScoreSum[c]),
            PassDaySum: members.Sum(c => passDaySum[c]),
            PassDayCount: members.Sum(c => passDayCount[c]),
            CourseworkScoreSum: members.Sum(c => courses.CourseworkScoreSum[c]),
            CourseworkCount: members.Sum(c => courses.CourseworkCount[c]),
            WithDeadline: members.Sum(c => courses.SubmissionsWithDeadline[c]),
            Late: members.Sum(c => courses.LateSubmissions[c]));
    }

    /// <summary>
    /// Tests each group's proportion against the pooled proportion of all other groups, then adjusts
    /// the p-values of the groups that could be tested with the Holm method. Groups without trials, or
    /// whose table has an expected count below 5, get no flag and do not count towards the correction.
    /// </summary>
    private static ComparisonFlag?[] Flags(GroupCounts[] groups, GroupCounts total, Func<GroupCounts, (int Successes, int Trials)> select, double alpha)
    {
        var (allSuccesses, allTrials) = select(total);
        var tested = new List<(int Group, ChiSquaredResult Test, double Rate, double RestRate)>();
        for (var i = 0; i < groups.Length; i++)
        {
            var (successes, trials) = select(groups[i]);
            var (restSuccesses, restTrials) = (allSuccesses - successes, allTrials - trials);
            if (trials == 0 || restTrials == 0)
            {
                continue;
            }

            if (ProportionTest.TwoProportions(successes, trials, restSuccesses, restTrials) is { } test)
            {
                tested.Add((i, test, (double)successes / trials, (double)restSuccesses / restTrials));
            }
        }

        var adjusted = HolmCorrection.Adjust(tested.Select(t => t.Test.PValue).ToArray());
        var flags = new ComparisonFlag?[groups.Length];
        for (var k = 0; k < tested.Count; k++)
        {
            var (group, test, rate, restRate) = tested[k];
            flags[group] = new ComparisonFlag(
                restRate,
                test.Statistic,
                test.PValue,
                adjusted[k],
                adjusted[k] <= alpha,
                rate > restRate ? Difference.Higher : Difference.Lower);
        }

        return flags;
    }

    private static CourseComparisonRow Row(string module, string? presentation, GroupCounts c, ComparisonFlag? churnFlag, ComparisonFlag? completionFlag, ComparisonFlag? lateFlag)
    {
        var churn = Proportion.Of(c.Churned, c.Registrations);
        var completion = Proportion.Of(c.ExamPasses, c.ExamAttempts);
        return new CourseComparisonRow(
            module,
            presentation,
            c.Registrations,
            c.BeforeStart,
            c.AfterStart,
            c.Churned,
            churn.Rate,
            churn.CiLow,
            churn.CiHigh,
            c.ExamAttempts,
            c.ExamPasses,
            completion.Rate,
            completion.CiLow,
            completion.CiHigh,
            Mean(c.ExamScoreSum, c.ExamAttempts),
            Mean(c.PassDaySum, c.PassDayCount),
            c.PassDayCount,
            Mean(c.CourseworkScoreSum, c.CourseworkCount),
            c.CourseworkCount,
            c.WithDeadline,
            c.Late,
            c.WithDeadline > 0 ? (double)c.Late / c.WithDeadline : null,
            churnFlag,
            completionFlag,
            lateFlag);
    }

    private static double? Mean(double sum, int count) => count > 0 ? sum / count : null;

    /// <summary>The counts and sums of one row, before rates and means are taken.</summary>
    private sealed record GroupCounts(
        int Registrations,
        int BeforeStart,
        int AfterStart,
        int Churned,
        int ExamAttempts,
        int ExamPasses,
        double ExamScoreSum,
        long PassDaySum,
        int PassDayCount,
        double CourseworkScoreSum,
        int CourseworkCount,
        int WithDeadline,
        int Late);
}
