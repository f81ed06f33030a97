namespace EduReport.Facts;

/// <summary>One row per course (row of courses.csv), with counts over its registrations and submissions.</summary>
public sealed class CourseFacts
{
    public required int[] Registrations { get; init; }

    /// <summary>Registrations with an unregistration on or before day 0.</summary>
    public required int[] UnregistrationsBeforeStart { get; init; }

    /// <summary>Registrations with an unregistration after day 0.</summary>
    public required int[] UnregistrationsAfterStart { get; init; }

    /// <summary>Exam assessments of the course in assessments.csv.</summary>
    public required int[] Exams { get; init; }

    public required int[] ExamAttempts { get; init; }

    public required int[] ExamPasses { get; init; }

    public required double[] ExamScoreSum { get; init; }

    /// <summary>The sum of the submission days of the exam attempts that have a day.</summary>
    public required long[] ExamDaySum { get; init; }

    public required int[] ExamDayCount { get; init; }

    /// <summary>Σ score over scored TMA and CMA submissions that count under the definitions.</summary>
    public required double[] CourseworkScoreSum { get; init; }

    public required int[] CourseworkCount { get; init; }

    /// <summary>Non-banked submissions with a submission day, of the course's assessments that have a deadline.</summary>
    public required int[] SubmissionsWithDeadline { get; init; }

    /// <summary>Those of them submitted after the deadline.</summary>
    public required int[] LateSubmissions { get; init; }

    public int Count => Registrations.Length;

    /// <summary>All unregistrations, whenever they happened.</summary>
    public int Unregistrations(int course) => UnregistrationsBeforeStart[course] + UnregistrationsAfterStart[course];

    /// <summary>The unregistrations that count as churn: all of them, or only those after day 0 when the definitions say so.</summary>
    public int ChurnedRegistrations(int course, Definitions definitions) =>
        definitions.ChurnAfterStartOnly ? UnregistrationsAfterStart[course] : Unregistrations(course);
}
