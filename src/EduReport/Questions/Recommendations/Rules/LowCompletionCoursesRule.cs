using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Questions.CourseComparison;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>
/// Counts the courses whose exam completion rate the course comparison flags as significantly lower
/// than that of the other courses (chi-squared tests with the Holm correction), and fires when there
/// are at least a configured number of them.
/// </summary>
public sealed class LowCompletionCoursesRule : IRecommendationRule
{
    public const string MinCourses = "minCourses";

    public string Id => "low_completion_courses";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [RuleThreshold.Count(MinCourses, 1)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MinCourses);
        var comparison = results.CourseComparison;
        var tested = comparison.Courses.Where(c => c.CompletionFlag is not null).ToArray();
        if (tested.Length == 0)
        {
            return RuleOutcome.NothingToMeasure(threshold, Comparison.AtLeast);
        }

        var lower = Flagged(tested, Difference.Lower).OrderBy(c => c.CompletionRate).ToArray();
        var higher = Flagged(tested, Difference.Higher).OrderByDescending(c => c.CompletionRate).ToArray();
        return RuleOutcome.Compare(lower.Length, threshold, Comparison.AtLeast, lower.Sum(c => c.ExamAttempts), () => new LowCompletionCoursesEvidence(
            comparison.Unit,
            comparison.SignificanceLevel,
            tested.Length,
            comparison.Total.ExamAttempts,
            comparison.Total.CompletionRate,
            lower,
            higher));
    }

    private static IEnumerable<CourseCompletion> Flagged(IEnumerable<CourseComparisonRow> rows, Difference direction) => rows
        .Where(c => c.CompletionFlag is { Significant: true } flag && flag.Direction == direction && c.CompletionRate is not null)
        .Select(c => new CourseCompletion(
            c.Presentation is null ? c.Module : $"{c.Module} {c.Presentation}",
            c.ExamAttempts,
            c.ExamPassed,
            c.CompletionRate!.Value,
            c.CompletionCiLow,
            c.CompletionCiHigh,
            c.CompletionFlag!.RateOfRest,
            c.CompletionFlag.AdjustedPValue));
}

/// <param name="Unit">What one course is: a module in one presentation, or a module across its presentations.</param>
/// <param name="SignificanceLevel">The family-wise error rate of the flags, after the Holm correction.</param>
/// <param name="CoursesTested">Courses whose completion rate was tested against the rest.</param>
/// <param name="AllExamAttempts">Exam attempts in all courses; AllCompletionRate is their pass rate.</param>
/// <param name="Lower">The courses flagged lower than the rest, lowest rate first.</param>
/// <param name="Higher">The courses flagged higher than the rest, highest rate first: examples to learn from.</param>
public sealed record LowCompletionCoursesEvidence(
    CourseScope Unit,
    double SignificanceLevel,
    int CoursesTested,
    int AllExamAttempts,
    double? AllCompletionRate,
    IReadOnlyList<CourseCompletion> Lower,
    IReadOnlyList<CourseCompletion> Higher);

/// <summary>One course's exam completion against the other courses pooled.</summary>
/// <param name="Code">The module and presentation, such as "DDD 2013B", or the module alone.</param>
/// <param name="AdjustedPValue">The p-value of the test against the rest, after the Holm correction.</param>
public sealed record CourseCompletion(
    string Code,
    int ExamAttempts,
    int ExamPassed,
    double CompletionRate,
    double? CiLow,
    double? CiHigh,
    double RateOfRest,
    double AdjustedPValue);
