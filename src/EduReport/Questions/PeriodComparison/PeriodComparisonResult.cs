using EduReport.Analyse.Statistics;

namespace EduReport.Questions.PeriodComparison;

/// <summary>
/// The change of the period's key figures against the previous comparable period: each module of the
/// period against its own previous presentations. Modules new in the period are left out of both
/// sides, so that the change compares the same modules.
/// </summary>
/// <param name="Status">Whether there was anything to compare with, and if not, why.</param>
/// <param name="PreviousPresentations">Every presentation of the previous period, in time order.</param>
/// <param name="ComparedWith">The modules grouped by the presentations they are compared with, by the latest of those presentations and then by module.</param>
/// <param name="NewModules">Modules of the period without an earlier presentation, which the change leaves out.</param>
/// <param name="Students">Distinct students.</param>
/// <param name="Courses">Courses, each a module in one presentation.</param>
/// <param name="SingleCoursePassers">The share of students who passed exactly one course.</param>
/// <param name="CompletionRate">Passed exam attempts over exam attempts.</param>
/// <param name="ChurnRate">Unregistrations that count as churn over registrations.</param>
/// <param name="MeanExamScore">The mean score of exam attempts.</param>
/// <param name="LateShare">Late submissions over non-banked submissions of assessments that have a date.</param>
/// <param name="Modules">Every module of the period, by module code; a new module has no previous figures.</param>
/// <param name="SignificanceLevel">The level the tests are judged at; module tests after the Holm correction.</param>
public sealed record PeriodComparisonResult(
    ComparisonStatus Status,
    IReadOnlyList<string> PreviousPresentations,
    IReadOnlyList<ComparisonBasis> ComparedWith,
    IReadOnlyList<string> NewModules,
    CountChange Students,
    CountChange Registrations,
    CountChange Courses,
    RateChange SingleCoursePassers,
    RateChange CompletionRate,
    RateChange ChurnRate,
    MeanChange MeanExamScore,
    RateChange LateShare,
    IReadOnlyList<ModuleChange> Modules,
    double SignificanceLevel)
{
    /// <summary>Whether the period was compared with a previous one, so that changes are known.</summary>
    public bool Compared => Status == ComparisonStatus.Compared;
}

/// <summary>Why a period was or was not compared with a previous one.</summary>
public enum ComparisonStatus
{
    /// <summary>At least one module of the period has an earlier presentation.</summary>
    Compared,

    /// <summary>The period covers every presentation in the data, so nothing comes before it.</summary>
    WholeData,

    /// <summary>No module of the period has an earlier presentation: this is the first period.</summary>
    FirstPeriod,
}

/// <summary>Modules that are compared with the same previous presentations.</summary>
public sealed record ComparisonBasis(IReadOnlyList<string> PreviousPresentations, IReadOnlyList<string> Modules);

/// <summary>
/// A count in the period and in the previous one. Without a comparison, <paramref name="Current"/>
/// is the whole period's count and the other two are null.
/// </summary>
/// <param name="Current">The count over the compared modules of the period.</param>
/// <param name="Delta">Current minus previous.</param>
public sealed record CountChange(int Current, int? Previous, int? Delta);

/// <summary>A mean in the period and in the previous one, and the values each is taken over.</summary>
/// <param name="Delta">Current minus previous, or null when either mean is undefined.</param>
public sealed record MeanChange(double? Current, double? Previous, double? Delta, int CurrentCount, int? PreviousCount);

/// <summary>
/// A rate (0 to 1) in the period and in the previous one, with Pearson's chi-squared test that the two
/// are equal. A rate is null without a denominator.
/// </summary>
/// <param name="Delta">Current minus previous, as a share (0.021 is 2.1 percentage points), or null when either rate is undefined.</param>
/// <param name="Test">The 2 × 2 test of the two rates, or null when it could not be run or there is no previous period.</param>
/// <param name="AdjustedPValue">The Holm-adjusted p-value over the modules tested on the same rate; null for the period's totals, which are one test each.</param>
/// <param name="Significant">Whether the p-value (the adjusted one when there is one) is at most the significance level.</param>
public sealed record RateChange(
    double? Current,
    double? Previous,
    double? Delta,
    int CurrentCount,
    int CurrentTotal,
    int? PreviousCount,
    int? PreviousTotal,
    SignificanceTest? Test,
    double? AdjustedPValue,
    bool Significant);

/// <summary>One module of the period against its previous presentations.</summary>
/// <param name="Presentations">The module's presentations in the period.</param>
/// <param name="PreviousPresentations">The presentations it is compared with; empty for a new module.</param>
public sealed record ModuleChange(
    string Module,
    IReadOnlyList<string> Presentations,
    IReadOnlyList<string> PreviousPresentations,
    CountChange Registrations,
    RateChange CompletionRate,
    RateChange ChurnRate,
    MeanChange MeanExamScore,
    RateChange LateShare)
{
    public bool IsNew => PreviousPresentations.Count == 0;
}
