namespace EduReport.Facts;

/// <summary>
/// The definitions behind every figure of the report. The report's "Data and definitions" section
/// states the values in use, so that a reader knows what was counted.
/// </summary>
public sealed record Definitions
{
    /// <summary>An exam attempt passes when its score is at least this (0 to 100).</summary>
    public double PassThreshold { get; init; } = 40;

    /// <summary>Whether banked results (carried over from an earlier presentation) count as attempts.</summary>
    public bool IncludeBanked { get; init; } = true;

    /// <summary>What counts as one course when a student's passed courses are counted.</summary>
    public CourseScope CourseScope { get; init; } = CourseScope.Presentation;

    /// <summary>Whether churn counts only unregistrations after day 0, the start of the presentation.</summary>
    public bool ChurnAfterStartOnly { get; init; }

    /// <summary>An exam or a course needs at least this many exam attempts to be ranked as hardest, easiest, lowest or highest.</summary>
    public int MinAttemptsToRank { get; init; } = 30;

    /// <summary>
    /// The significance level of every chi-squared test, between 0 and 1 exclusive: a difference is
    /// significant when its p-value is at most this. The course comparison applies it to Holm-adjusted
    /// p-values, so that it bounds the chance of any false flag among the courses tested on one metric.
    /// </summary>
    public double SignificanceLevel { get; init; } = 0.05;

    /// <summary>Returns whether <paramref name="score"/> passes.</summary>
    public bool Passes(double score) => score >= PassThreshold;
}
