using EduReport.Analyse.Statistics;
using EduReport.Facts;
using EduReport.Load;

namespace EduReport.Questions.Distributions;

/// <summary>Summarises the distributions of scores, registration lead times, submission delays and courses per student.</summary>
public static class DistributionsAnalysis
{
    /// <summary>The delay histogram covers this many days either side of the deadline.</summary>
    public const int DelayWindowDays = 28;

    /// <summary>The width of a lead-time bin: one week.</summary>
    public const int LeadTimeBinDays = 7;

    /// <summary>The width of a score bin, in points out of 100.</summary>
    public const int ScoreBinWidth = 10;

    public static DistributionsResult Compute(FactSet facts) => new(
        Enum.GetValues<AssessmentType>().Select(type => Scores(facts, type)).ToArray(),
        LeadTime(facts),
        Delay(facts),
        CoursesPerStudent(facts));

    private static ScoreDistribution Scores(FactSet facts, AssessmentType type)
    {
        // Sorting the single-precision scores before widening them gives the same order at half the memory traffic.
        var scores = facts.Submissions.Scores(type).ToArray();
        Array.Sort(scores);
        var sorted = new double[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            sorted[i] = scores[i];
        }

        var histogram = sorted.Length == 0 ? Histogram.Empty : Histogram.Build(sorted, 0, 100, ScoreBinWidth, closedUpperEdge: true);
        return new ScoreDistribution(type, SummaryStatistics.FromSorted(sorted), histogram);
    }

    private static LeadTimeDistribution LeadTime(FactSet facts)
    {
        var enrolments = facts.Enrolments;
        var leadTimes = new List<double>();
        var withoutDate = 0;
        for (var e = 0; e < enrolments.Count; e++)
        {
            if (!enrolments.Registered[e])
            {
                continue;
            }

            if (Missing.HasDay(enrolments.DateRegistration[e]))
            {
                leadTimes.Add(-(double)enrolments.DateRegistration[e]);
            }
            else
            {
                withoutDate++;
            }
        }

        var sorted = leadTimes.ToArray();
        Array.Sort(sorted);
        return new LeadTimeDistribution(
            SummaryStatistics.FromSorted(sorted),
            // The window always shows the first week after the start when anyone registered after it.
            Histogram.BuildOverCentralRange(sorted, LeadTimeBinDays, sorted.Length > 0 && sorted[0] < 0 ? -1 : null),
            withoutDate,
            sorted.Count(d => d < 0));
    }

    private static DelayDistribution Delay(FactSet facts)
    {
        var sorted = facts.Submissions.DeadlineDelays.Select(d => (double)d).ToArray();
        Array.Sort(sorted);
        var late = sorted.Count(d => d > 0);
        var histogram = sorted.Length == 0
            ? Histogram.Empty
            : Histogram.Build(sorted, -DelayWindowDays, DelayWindowDays + 1, 1);
        return new DelayDistribution(
            SummaryStatistics.FromSorted(sorted),
            histogram,
            late,
            sorted.Length > 0 ? (double)late / sorted.Length : null);
    }

    private static CoursesPerStudentDistribution CoursesPerStudent(FactSet facts)
    {
        var students = facts.Students;
        var enrolments = facts.Enrolments;
        var courseModule = facts.Dataset.Courses.Module;
        var byModule = facts.Definitions.CourseScope == CourseScope.Module;
        var counts = new double[students.Count];
        var modulesSeen = new HashSet<int>();
        for (var student = 0; student < students.Count; student++)
        {
            var range = students.Enrolments(student);
            if (!byModule)
            {
                counts[student] = range.End.Value - range.Start.Value;
                continue;
            }

            modulesSeen.Clear();
            for (var e = range.Start.Value; e < range.End.Value; e++)
            {
                modulesSeen.Add(courseModule[enrolments.Course[e]]);
            }

            counts[student] = modulesSeen.Count;
        }

        Array.Sort(counts);
        var distribution = counts
            .GroupBy(c => (int)c)
            .Select(g => new CourseCountRow(g.Key, g.Count(), (double)g.Count() / counts.Length))
            .ToArray();
        var oneCourse = distribution.FirstOrDefault(row => row.Courses == 1)?.Students ?? 0;
        return new CoursesPerStudentDistribution(
            facts.Definitions.CourseScope,
            SummaryStatistics.FromSorted(counts),
            distribution,
            oneCourse,
            counts.Length > 0 ? (double)oneCourse / counts.Length : null);
    }
}
