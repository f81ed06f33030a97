using EduReport.Facts;

namespace EduReport.Questions.CourseComparison;

/// <summary>
/// One row per course with its registrations, churn, exam results, coursework and late submissions,
/// and flags where a course's churn, completion or late share differs significantly from the rest.
/// </summary>
/// <param name="Unit">What one row is: a course (module and presentation) or a module across its presentations.</param>
/// <param name="SignificanceLevel">The family-wise error rate of each metric's flags, after the Holm correction.</param>
/// <param name="Courses">One row per course, by module, then presentation.</param>
/// <param name="Total">All courses together; its flags are null.</param>
/// <param name="LowestCompletion">The course with the lowest completion rate among those with enough exam attempts to rank, or null.</param>
/// <param name="HighestCompletion">The course with the highest completion rate among them, or null.</param>
/// <param name="FlaggedCourses">Courses with at least one significant flag.</param>
public sealed record CourseComparisonResult(
    CourseScope Unit,
    double SignificanceLevel,
    IReadOnlyList<CourseComparisonRow> Courses,
    CourseComparisonRow Total,
    CourseComparisonRow? LowestCompletion,
    CourseComparisonRow? HighestCompletion,
    int FlaggedCourses,
    FlagCounts Flagged);

/// <summary>One course (or module) of the comparison. Rates are from 0 to 1 and null without a denominator.</summary>
/// <param name="Presentation">The presentation, or null when a row is a whole module.</param>
/// <param name="Unregistrations">The unregistrations that count as churn under the definitions.</param>
/// <param name="ChurnRate">Unregistrations over registrations.</param>
/// <param name="CompletionRate">Passed exam attempts over exam attempts.</param>
/// <param name="MeanPassDay">The mean submission day of students' last passed exam.</param>
/// <param name="PassDayStudents">Students with a pass day.</param>
/// <param name="MeanCourseworkScore">The mean score of scored TMA and CMA submissions.</param>
/// <param name="LateShare">Late submissions over non-banked submissions of assessments that have a date.</param>
/// <param name="ChurnFlag">The test of this course's churn rate against the rest, or null when it was not run.</param>
public sealed record CourseComparisonRow(
    string Module,
    string? Presentation,
    int Registrations,
    int UnregistrationsBeforeStart,
    int UnregistrationsAfterStart,
    int Unregistrations,
    double? ChurnRate,
    double? ChurnCiLow,
    double? ChurnCiHigh,
    int ExamAttempts,
    int ExamPassed,
    double? CompletionRate,
    double? CompletionCiLow,
    double? CompletionCiHigh,
    double? MeanExamScore,
    double? MeanPassDay,
    int PassDayStudents,
    double? MeanCourseworkScore,
    int CourseworkSubmissions,
    int SubmissionsWithDeadline,
    int LateSubmissions,
    double? LateShare,
    ComparisonFlag? ChurnFlag,
    ComparisonFlag? CompletionFlag,
    ComparisonFlag? LateFlag)
{
    /// <summary>Whether any of the three tests found a significant difference.</summary>
    public bool Flagged => ChurnFlag?.Significant == true || CompletionFlag?.Significant == true || LateFlag?.Significant == true;
}

/// <summary>
/// The chi-squared test (2 × 2, one degree of freedom) of one course's rate against the pooled rate
/// of all other courses, with its Holm-adjusted p-value over every course tested on the same metric.
/// </summary>
/// <param name="RateOfRest">The pooled rate of all other courses.</param>
/// <param name="Direction">Whether this course's rate is higher or lower than the rest.</param>
/// <param name="Significant">Whether the adjusted p-value is at most the significance level.</param>
public sealed record ComparisonFlag(
    double RateOfRest,
    double Statistic,
    double PValue,
    double AdjustedPValue,
    bool Significant,
    Difference Direction);

/// <summary>How a course's rate lies against the rest.</summary>
public enum Difference
{
    Lower,
    Higher,
}

/// <summary>How many courses each test flagged.</summary>
public sealed record FlagCounts(int Churn, int Completion, int Late);
