namespace EduReport.Facts;

/// <summary>
/// One row per student and course: a registration, or submissions in a course without one. The
/// figures are sums, so that analyses can combine them into means and rates of their own.
/// </summary>
public sealed class EnrolmentFacts
{
    public required int[] Student { get; init; }

    public required int[] Course { get; init; }

    /// <summary>Whether studentRegistration.csv has a row for this student and course.</summary>
    public required bool[] Registered { get; init; }

    /// <summary>date_registration, or Missing.Day.</summary>
    public required int[] DateRegistration { get; init; }

    /// <summary>date_unregistration, or Missing.Day for a student who stayed.</summary>
    public required int[] DateUnregistration { get; init; }

    /// <summary>Exam submissions with a score (banked ones only when the definitions include them).</summary>
    public required int[] ExamAttempts { get; init; }

    /// <summary>Exam attempts that scored at least the pass threshold.</summary>
    public required int[] ExamPasses { get; init; }

    public required double[] ExamScoreSum { get; init; }

    /// <summary>The sum of the submission days of the exam attempts that have a day.</summary>
    public required long[] ExamDaySum { get; init; }

    public required int[] ExamDayCount { get; init; }

    /// <summary>The submission day of the last passed exam attempt, or Missing.Day.</summary>
    public required int[] PassDay { get; init; }

    /// <summary>Σ score × weight over scored TMA and CMA submissions.</summary>
    public required double[] CourseworkWeightedSum { get; init; }

    /// <summary>Σ weight over the same submissions; the weighted coursework score is undefined when it is 0.</summary>
    public required double[] CourseworkWeight { get; init; }

    public required double[] CourseworkScoreSum { get; init; }

    public required int[] CourseworkCount { get; init; }

    /// <summary>Non-banked submissions of assessments that have a deadline (a date).</summary>
    public required int[] SubmissionsWithDeadline { get; init; }

    /// <summary>Those of them submitted after the deadline.</summary>
    public required int[] LateSubmissions { get; init; }

    public int Count => Student.Length;

    public bool Passed(int enrolment) => ExamPasses[enrolment] > 0;
}
