namespace EduReport.Questions.Segments;

/// <summary>Per-student metrics, the RFM-style segments defined by the configured rules, and the k-means clusters.</summary>
/// <param name="TotalStudents">All distinct students in the data; every one of them gets a segment.</param>
/// <param name="Bins">Scores run from 1 to this number.</param>
/// <param name="Metrics">Every metric over all students: how many have a value, and its mean and range.</param>
/// <param name="Scales">The scored metrics, with the boundaries and size of every score.</param>
/// <param name="StudentsWithExam">Students with at least one scored exam attempt, for whom R, F and M are defined.</param>
/// <param name="TotalCompletions">Courses completed by all students together.</param>
/// <param name="Segments">The segments in rule order.</param>
/// <param name="Focus">The configured focus segment, or null when none is configured.</param>
public sealed record SegmentsResult(
    int TotalStudents,
    int Bins,
    IReadOnlyList<MetricSummary> Metrics,
    IReadOnlyList<MetricScale> Scales,
    int StudentsWithExam,
    int TotalCompletions,
    IReadOnlyList<SegmentRow> Segments,
    FocusSegment? Focus,
    ClusteringResult Clustering);

/// <param name="Students">Students with a value of the metric.</param>
public sealed record MetricSummary(string Metric, int Students, double? Mean, double? Min, double? Max);

/// <summary>How one metric was scored.</summary>
/// <param name="NearlyConstant">Whether quantile boundaries left a score without students.</param>
/// <param name="StudentsWithoutValue">Students who score 0 because the metric is undefined for them.</param>
public sealed record MetricScale(string Metric, ScaleMethod Method, bool NearlyConstant, IReadOnlyList<ScoreBin> Bins, int StudentsWithoutValue);

/// <summary>One score of a metric: the values from <paramref name="AtLeast"/> (inclusive) to <paramref name="Below"/> (exclusive).</summary>
/// <param name="AtLeast">Null for the lowest score, which has no lower bound.</param>
/// <param name="Below">Null for the highest score, which has no upper bound.</param>
public sealed record ScoreBin(int Score, double? AtLeast, double? Below, int Students);

/// <summary>One segment.</summary>
/// <param name="Name">The segment's name by language ("en", "ru").</param>
/// <param name="Conditions">The rule's conditions; a student also belongs only when no earlier rule matched.</param>
/// <param name="Share">Students over all students, from 0 to 1.</param>
/// <param name="StudentsWithExam">Its students with at least one scored exam attempt.</param>
/// <param name="CoursesCompleted">Courses completed by the segment's students.</param>
/// <param name="ShareOfCompletions">CoursesCompleted over all courses completed, from 0 to 1.</param>
/// <param name="Profile">The mean of every metric over the segment's students who have a value.</param>
public sealed record SegmentRow(
    string Id,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyList<SegmentCondition> Conditions,
    int Students,
    double Share,
    int StudentsWithExam,
    int CoursesCompleted,
    double ShareOfCompletions,
    IReadOnlyList<MetricMean> Profile)
{
    /// <summary>Returns the segment's mean of <paramref name="metric"/>, or null when none of its students has a value.</summary>
    public double? ProfileMean(StudentMetric metric) =>
        Profile.FirstOrDefault(m => m.Metric == StudentMetricKeys.Key(metric))?.Mean;
}

/// <summary>A rule's condition: the metric's score lies from <paramref name="Min"/> to <paramref name="Max"/>; 0 to 0 means the metric has no value.</summary>
public sealed record SegmentCondition(string Metric, int Min, int Max);

/// <summary>The segment the configuration names as the focus, such as students who register early and pass with mediocre scores.</summary>
/// <param name="ShareOfStudents">Its students over all students.</param>
/// <param name="ShareOfStudentsWithExam">Its students over the students with an exam result.</param>
/// <param name="ShareOfCompletions">Its completed courses over all completed courses.</param>
public sealed record FocusSegment(
    string Id,
    IReadOnlyDictionary<string, string> Name,
    int Students,
    double ShareOfStudents,
    int StudentsWithExam,
    double ShareOfStudentsWithExam,
    int CoursesCompleted,
    double ShareOfCompletions);
