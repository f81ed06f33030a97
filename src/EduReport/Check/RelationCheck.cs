using System.Globalization;
using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Check;

/// <summary>
/// Checks how rows of different tables fit together: referential integrity (every assessment's and
/// registration's course exists, every submission's assessment exists and its student is registered
/// on the course) and the order of dates (registration, unregistration, submissions, end of course).
/// </summary>
internal static class RelationCheck
{
    public static void Run(CheckContext context)
    {
        UnknownCourses(context);
        RegistrationDates(context);
        Submissions(context);
    }

    private static void UnknownCourses(CheckContext context)
    {
        var dataset = context.Dataset;
        var assessments = context.Collector(ProblemKind.AssessmentUnknownCourse, Severity.Error, OuladTable.Assessments);
        for (var row = 0; row < dataset.Assessments.Count; row++)
        {
            if (dataset.Assessments.Course[row] < 0)
            {
                assessments.Add(dataset.Assessments.Line[row], context.Keys.Assessment(row));
            }
        }

        assessments.Flush();

        var registrations = context.Collector(ProblemKind.RegistrationUnknownCourse, Severity.Error, OuladTable.StudentRegistration);
        for (var row = 0; row < dataset.Registrations.Count; row++)
        {
            if (dataset.Registrations.Course[row] < 0)
            {
                if (registrations.Next())
                {
                    registrations.Example(dataset.Registrations.Line[row], context.Keys.Registration(row));
                }
            }
        }

        registrations.Flush();
    }

    private static void RegistrationDates(CheckContext context)
    {
        var registrations = context.Dataset.Registrations;
        var withoutDate = context.Collector(ProblemKind.UnregistrationWithoutRegistration, Severity.Warning, OuladTable.StudentRegistration, OuladSchema.DateUnregistration);
        var beforeRegistration = context.Collector(ProblemKind.UnregistrationBeforeRegistration, Severity.Error, OuladTable.StudentRegistration, OuladSchema.DateUnregistration);
        for (var row = 0; row < registrations.Count; row++)
        {
            var registered = registrations.DateRegistration[row];
            var unregistered = registrations.DateUnregistration[row];
            if (!Missing.HasDay(unregistered))
            {
                continue;
            }

            if (!Missing.HasDay(registered))
            {
                if (withoutDate.Next())
                {
                    withoutDate.Example(registrations.Line[row], context.Keys.Registration(row), context.Value(RowKeys.Day(unregistered)));
                }
            }
            else if (unregistered < registered)
            {
                if (beforeRegistration.Next())
                {
                    beforeRegistration.Example(registrations.Line[row], context.Keys.Registration(row), context.Value(RowKeys.Day(unregistered)), 0, context.Arguments($"{OuladSchema.DateRegistration} {RowKeys.Day(registered)}"));
                }
            }
        }

        withoutDate.Flush();
        beforeRegistration.Flush();
    }

    private static void Submissions(CheckContext context)
    {
        var dataset = context.Dataset;
        var submissions = dataset.Submissions;
        var assessments = dataset.Assessments;
        var registrations = dataset.Registrations;

        // The registration row of each course and student; a repeated registration keeps its first row.
        var registrationOf = new Dictionary<long, int>(registrations.Count);
        for (var row = 0; row < registrations.Count; row++)
        {
            if (registrations.Course[row] >= 0)
            {
                registrationOf.TryAdd(Key(registrations.Course[row], registrations.Student[row]), row);
            }
        }

        var unknown = context.Collector(ProblemKind.SubmissionUnknownAssessment, Severity.Error, OuladTable.StudentAssessment, OuladSchema.IdAssessment);
        var unregistered = context.Collector(ProblemKind.SubmissionWithoutRegistration, Severity.Warning, OuladTable.StudentAssessment);
        var afterUnregistration = context.Collector(ProblemKind.SubmissionAfterUnregistration, Severity.Warning, OuladTable.StudentAssessment, OuladSchema.DateSubmitted);
        var afterEnd = context.Collector(ProblemKind.SubmissionAfterCourseEnd, Severity.Warning, OuladTable.StudentAssessment, OuladSchema.DateSubmitted);
        var negative = context.Collector(ProblemKind.NegativeSubmissionDay, Severity.Info, OuladTable.StudentAssessment, OuladSchema.DateSubmitted);
        for (var row = 0; row < submissions.Count; row++)
        {
            var day = submissions.DateSubmitted[row];
            if (Missing.HasDay(day) && day < 0)
            {
                if (negative.Next())
                {
                    negative.Example(submissions.Line[row], context.Keys.Submission(row), context.Value(RowKeys.Day(day)), 0, submissions.IsBanked[row] ? "is_banked 1" : "is_banked 0");
                }
            }

            var assessment = submissions.Assessment[row];
            if (assessment < 0)
            {
                if (unknown.Next())
                {
                    unknown.Example(submissions.Line[row], context.Keys.Submission(row), context.Value(submissions.AssessmentId[row].ToString(CultureInfo.InvariantCulture)));
                }
                continue;
            }

            var course = assessments.Course[assessment];
            if (course < 0)
            {
                // The assessment's own row is reported as AssessmentUnknownCourse.
                continue;
            }

            var length = dataset.Courses.Length[course];
            if (Missing.HasDay(day) && Missing.HasDay(length) && day > length)
            {
                if (afterEnd.Next())
                {
                    afterEnd.Example(submissions.Line[row], context.Keys.Submission(row), context.Value(RowKeys.Day(day)), 0, $"{OuladSchema.ModulePresentationLength} {RowKeys.Day(length)}");
                }
            }

            if (!registrationOf.TryGetValue(Key(course, submissions.Student[row]), out var registration))
            {
                if (unregistered.Next())
                {
                    unregistered.Example(submissions.Line[row], context.Keys.Submission(row));
                }
                continue;
            }

            var left = registrations.DateUnregistration[registration];
            if (Missing.HasDay(day) && Missing.HasDay(left) && day > left)
            {
                if (afterUnregistration.Next())
                {
                    afterUnregistration.Example(submissions.Line[row], context.Keys.Submission(row), context.Value(RowKeys.Day(day)), registrations.Line[registration], context.Arguments($"{OuladSchema.DateUnregistration} {RowKeys.Day(left)}"));
                }
            }
        }

        unknown.Flush();
        unregistered.Flush();
        afterUnregistration.Flush();
        afterEnd.Flush();
        negative.Flush();
    }

    private static long Key(int course, int student) => ((long)course << 32) | (uint)student;
}
