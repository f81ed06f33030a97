namespace EduReport.Facts;

/// <summary>The distinct students, sorted by id, with the range of their enrolments.</summary>
public sealed class StudentFacts
{
    /// <summary>id_student of each student, ascending.</summary>
    public required int[] Id { get; init; }

    /// <summary>The first enrolment of each student; enrolments are sorted by student, so student i owns FirstEnrolment[i] up to FirstEnrolment[i + 1].</summary>
    public required int[] FirstEnrolment { get; init; }

    public int Count => Id.Length;

    /// <summary>Returns the enrolment rows of student <paramref name="student"/>.</summary>
    public Range Enrolments(int student) => FirstEnrolment[student]..FirstEnrolment[student + 1];
}
