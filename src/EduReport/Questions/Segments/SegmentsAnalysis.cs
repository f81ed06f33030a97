using EduReport.Facts;

namespace EduReport.Questions.Segments;

/// <summary>
/// Scores every student on the configured metrics, assigns each to the first segment rule that
/// matches, and describes the segments; then clusters the students with k-means.
/// </summary>
public static class SegmentsAnalysis
{
    public static SegmentsResult Compute(FactSet facts, SegmentationSettings segmentation, ClusteringSettings clustering)
    {
        var metrics = StudentMetrics.Compute(facts);
        var total = metrics.Count;
        var scales = segmentation.Metrics.ToDictionary(
            m => m.Metric,
            m => ScoreScale.Build(metrics[m.Metric], segmentation.Bins, m.FixedLevels));
        var scores = scales.ToDictionary(p => p.Key, p => Array.ConvertAll(metrics[p.Key], p.Value.Score));

        var segmentOf = new int[total];
        for (var student = 0; student < total; student++)
        {
            var s = student;
            segmentOf[student] = IndexOfFirstMatch(segmentation.Rules, metric => scores[metric][s]);
        }

        var completed = metrics[StudentMetric.CoursesCompleted];
        var totalCompletions = (int)completed.Sum();
        var rows = segmentation.Rules
            .Select((rule, index) => Row(rule, Members(segmentOf, index), metrics, total, totalCompletions))
            .ToArray();

        return new SegmentsResult(
            total,
            segmentation.Bins,
            StudentMetricKeys.All.Select(m => Summary(m, metrics[m])).ToArray(),
            segmentation.Metrics.Select(m => Scale(m.Metric, scales[m.Metric], scores[m.Metric])).ToArray(),
            metrics[StudentMetric.Monetary].Count(double.IsFinite),
            totalCompletions,
            rows,
            Focus(segmentation, rows),
            ClusteringAnalysis.Compute(metrics, clustering));
    }

    /// <summary>Returns the index of the first rule whose conditions all hold; the last rule has none, so one always matches.</summary>
    private static int IndexOfFirstMatch(IReadOnlyList<SegmentRule> rules, Func<StudentMetric, int> score)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Matches(score))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The last segment rule must have no conditions.");
    }

    private static int[] Members(int[] segmentOf, int segment) =>
        Enumerable.Range(0, segmentOf.Length).Where(s => segmentOf[s] == segment).ToArray();

    private static SegmentRow Row(SegmentRule rule, int[] members, StudentMetrics metrics, int total, int totalCompletions)
    {
        var completions = (int)members.Sum(s => metrics[StudentMetric.CoursesCompleted][s]);
        return new SegmentRow(
            rule.Id,
            rule.Names,
            rule.Conditions.Select(c => new SegmentCondition(StudentMetricKeys.Key(c.Metric), c.Min, c.Max)).ToArray(),
            members.Length,
            Ratio(members.Length, total),
            members.Count(s => double.IsFinite(metrics[StudentMetric.Monetary][s])),
            completions,
            Ratio(completions, totalCompletions),
            StudentMetricKeys.All.Select(m => new MetricMean(StudentMetricKeys.Key(m), ClusteringAnalysis.Mean(members.Select(s => metrics[m][s])))).ToArray());
    }

    private static FocusSegment? Focus(SegmentationSettings settings, SegmentRow[] rows)
    {
        var index = Array.FindIndex(rows, r => r.Id == settings.FocusSegment);
        if (index < 0)
        {
            return null;
        }

        var row = rows[index];
        var withExam = rows.Sum(r => r.StudentsWithExam);
        return new FocusSegment(
            row.Id,
            row.Name,
            row.Students,
            row.Share,
            row.StudentsWithExam,
            Ratio(row.StudentsWithExam, withExam),
            row.CoursesCompleted,
            row.ShareOfCompletions);
    }

    private static MetricSummary Summary(StudentMetric metric, double[] values)
    {
        var defined = values.Where(double.IsFinite).ToArray();
        return defined.Length == 0
            ? new MetricSummary(StudentMetricKeys.Key(metric), 0, null, null, null)
            : new MetricSummary(StudentMetricKeys.Key(metric), defined.Length, defined.Average(), defined.Min(), defined.Max());
    }

    private static MetricScale Scale(StudentMetric metric, ScoreScale scale, int[] scores)
    {
        var counts = new int[scale.Levels[^1].Score + 1];
        foreach (var score in scores)
        {
            counts[score]++;
        }

        var levels = scale.Levels;
        var bins = levels
            .Select((level, i) => new ScoreBin(level.Score, level.AtLeast, i + 1 < levels.Count ? levels[i + 1].AtLeast : null, counts[level.Score]))
            .ToArray();
        return new MetricScale(StudentMetricKeys.Key(metric), scale.Method, scale.NearlyConstant, bins, counts[0]);
    }

    private static double Ratio(double part, double whole) => whole == 0 ? 0 : part / whole;
}
