using EduReport.Load;

namespace EduReport.Facts;

/// <summary>
/// Values of single submissions that distributions need in full, not as sums: the score of every
/// attempt by assessment type, and how many days each submission came before or after its deadline.
/// </summary>
public sealed class SubmissionFacts
{
    /// <summary>Scores of attempts (scored submissions that count under the definitions), indexed by <see cref="AssessmentType"/>.</summary>
    public required IReadOnlyList<float[]> ScoresByType { get; init; }

    /// <summary>
    /// date_submitted minus the assessment's date for every non-banked submission that has a
    /// submission day, of an assessment that has a date: negative is early, positive is late.
    /// </summary>
    public required int[] DeadlineDelays { get; init; }

    /// <summary>Returns the attempt scores of one assessment type.</summary>
    public float[] Scores(AssessmentType type) => ScoresByType[(int)type];
}
