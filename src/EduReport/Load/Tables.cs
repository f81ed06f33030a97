namespace EduReport.Load;

// The four OULAD tables as typed columns: one array per column, one element per row. Rows that
// could not be read are not here; the problem log says which they were. Line holds the 1-based
// line of the input where each row starts, so that later checks can point at it.

/// <summary>courses.csv: one row per course (a module in one presentation).</summary>
public sealed class CourseTable
{
    public required int[] Module { get; init; }

    public required int[] Presentation { get; init; }

    /// <summary>module_presentation_length in days, or <see cref="Missing.Day"/>.</summary>
    public required int[] Length { get; init; }

    public required int[] Line { get; init; }

    public int Count => Module.Length;
}

/// <summary>assessments.csv: one row per assessment of a course.</summary>
public sealed class AssessmentTable
{
    public required int[] Id { get; init; }

    /// <summary>The course row of the assessment, or -1 when courses.csv has no such course.</summary>
    public required int[] Course { get; init; }

    public required int[] Module { get; init; }

    public required int[] Presentation { get; init; }

    public required AssessmentType[] Type { get; init; }

    /// <summary>The deadline in days from the start of the presentation, or <see cref="Missing.Day"/>.</summary>
    public required int[] Date { get; init; }

    /// <summary>The weight in percent, or NaN when missing.</summary>
    public required double[] Weight { get; init; }

    public required int[] Line { get; init; }

    public int Count => Id.Length;
}

/// <summary>studentAssessment.csv: one row per submission of an assessment by a student.</summary>
public sealed class SubmissionTable
{
    /// <summary>The assessment row of the submission, or -1 when assessments.csv has no such assessment.</summary>
    public required int[] Assessment { get; init; }

    /// <summary>id_assessment as written in the file, kept for messages about unknown assessments.</summary>
    public required int[] AssessmentId { get; init; }

    public required int[] Student { get; init; }

    /// <summary>The submission day from the start of the presentation, or <see cref="Missing.Day"/>.</summary>
    public required int[] DateSubmitted { get; init; }

    /// <summary>Whether the result was carried over (banked) from an earlier presentation.</summary>
    public required bool[] IsBanked { get; init; }

    /// <summary>The score from 0 to 100, or NaN when missing.</summary>
    public required float[] Score { get; init; }

    public required int[] Line { get; init; }

    public int Count => Student.Length;
}

/// <summary>studentRegistration.csv: one row per registration of a student on a course.</summary>
public sealed class RegistrationTable
{
    /// <summary>The course row, or -1 when courses.csv has no such course.</summary>
    public required int[] Course { get; init; }

    public required int[] Module { get; init; }

    public required int[] Presentation { get; init; }

    public required int[] Student { get; init; }

    /// <summary>The registration day relative to the start (negative before it), or <see cref="Missing.Day"/>.</summary>
    public required int[] DateRegistration { get; init; }

    /// <summary>The unregistration day, or <see cref="Missing.Day"/> for a student who stayed.</summary>
    public required int[] DateUnregistration { get; init; }

    public required int[] Line { get; init; }

    public int Count => Student.Length;
}
