namespace EduReport.Facts;

/// <summary>One row per assessment (row of assessments.csv).</summary>
public sealed class AssessmentFacts
{
    /// <summary>All submissions of the assessment, scored or not.</summary>
    public required int[] Submissions { get; init; }

    /// <summary>Submissions with a score that count (banked ones only when the definitions include them).</summary>
    public required int[] Attempts { get; init; }

    /// <summary>Attempts that scored at least the pass threshold.</summary>
    public required int[] Passes { get; init; }

    public required double[] ScoreSum { get; init; }

    /// <summary>Non-banked submissions with a submission day, when the assessment has a deadline (a date).</summary>
    public required int[] SubmissionsWithDeadline { get; init; }

    /// <summary>Those of them submitted after the deadline.</summary>
    public required int[] LateSubmissions { get; init; }

    public int Count => Submissions.Length;
}
