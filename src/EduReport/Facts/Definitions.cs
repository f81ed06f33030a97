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

    /// <summary>An exam needs at least this many attempts to be ranked as hardest or easiest.</summary>
    public int MinAttemptsToRank { get; init; } = 30;

    /// <summary>Returns whether <paramref name="score"/> passes.</summary>
    public bool Passes(double score) => score >= PassThreshold;
}
