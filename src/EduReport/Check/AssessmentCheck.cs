using System.Globalization;
using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Check;

/// <summary>
/// Checks the assessments of each course: that exam weights and coursework (TMA and CMA) weights each
/// add up to 100, that coursework weights are not all zero, that every assessment has a date, and that
/// every exam has results.
/// </summary>
internal static class AssessmentCheck
{
    private const double WeightTolerance = 1e-6;

    /// <summary>Runs the checks and returns the exam and course counts for the summary.</summary>
    public static (int Exams, int ExamsWithoutResults, int CoursesWithoutExamResults) Run(CheckContext context)
    {
        Weights(context);
        WithoutDate(context);
        return Results(context);
    }

    private static void Weights(CheckContext context)
    {
        var dataset = context.Dataset;
        var assessments = dataset.Assessments;
        var courses = dataset.Courses.Count;
        var examSum = new double[courses];
        var courseworkSum = new double[courses];
        var examLine = new int[courses];
        var courseworkLine = new int[courses];
        for (var row = 0; row < assessments.Count; row++)
        {
            var course = assessments.Course[row];
            if (course < 0)
            {
                continue;
            }

            var exam = assessments.Type[row] == AssessmentType.Exam;
            var lines = exam ? examLine : courseworkLine;
            if (lines[course] == 0)
            {
                lines[course] = assessments.Line[row];
            }

            // A missing weight is reported as a missing value and adds nothing.
            var weight = assessments.Weight[row];
            if (Missing.HasValue(weight))
            {
                (exam ? examSum : courseworkSum)[course] += weight;
            }
        }

        var notHundred = context.Collector(ProblemKind.WeightsNotHundred, Severity.Warning, OuladTable.Assessments, OuladSchema.Weight);
        var zero = context.Collector(ProblemKind.CourseworkWeightsZero, Severity.Warning, OuladTable.Assessments, OuladSchema.Weight);
        for (var course = 0; course < courses; course++)
        {
            if (examLine[course] != 0 && Math.Abs(examSum[course] - 100) > WeightTolerance)
            {
                notHundred.Add(examLine[course], context.Keys.CourseRow(course), null, 0, "Exam " + Format(examSum[course]));
            }

            if (courseworkLine[course] == 0)
            {
                continue;
            }

            if (Math.Abs(courseworkSum[course]) <= WeightTolerance)
            {
                zero.Add(courseworkLine[course], context.Keys.CourseRow(course));
            }
            else if (Math.Abs(courseworkSum[course] - 100) > WeightTolerance)
            {
                notHundred.Add(courseworkLine[course], context.Keys.CourseRow(course), null, 0, "TMA + CMA " + Format(courseworkSum[course]));
            }
        }

        notHundred.Flush();
        zero.Flush();
    }

    private static void WithoutDate(CheckContext context)
    {
        var assessments = context.Dataset.Assessments;
        var withoutDate = context.Collector(ProblemKind.AssessmentWithoutDate, Severity.Warning, OuladTable.Assessments, OuladSchema.Date);
        for (var row = 0; row < assessments.Count; row++)
        {
            if (!Missing.HasDay(assessments.Date[row]))
            {
                withoutDate.Add(assessments.Line[row], context.Keys.Assessment(row));
            }
        }

        withoutDate.Flush();
    }

    private static (int Exams, int ExamsWithoutResults, int CoursesWithoutExamResults) Results(CheckContext context)
    {
        var dataset = context.Dataset;
        var assessments = dataset.Assessments;
        var submissions = dataset.Submissions;
        var scored = new bool[assessments.Count];
        for (var row = 0; row < submissions.Count; row++)
        {
            var assessment = submissions.Assessment[row];
            if (assessment >= 0 && Missing.HasValue(submissions.Score[row]))
            {
                scored[assessment] = true;
            }
        }

        var courseHasResults = new bool[dataset.Courses.Count];
        var exams = 0;
        var examsWithout = context.Collector(ProblemKind.ExamWithoutResults, Severity.Warning, OuladTable.Assessments);
        for (var row = 0; row < assessments.Count; row++)
        {
            if (assessments.Type[row] != AssessmentType.Exam)
            {
                continue;
            }

            exams++;
            if (scored[row])
            {
                if (assessments.Course[row] >= 0)
                {
                    courseHasResults[assessments.Course[row]] = true;
                }
            }
            else
            {
                examsWithout.Add(assessments.Line[row], context.Keys.Assessment(row));
            }
        }

        var examsWithoutResults = (int)examsWithout.Count;
        examsWithout.Flush();

        var coursesWithout = context.Collector(ProblemKind.CourseWithoutExamResults, Severity.Info, OuladTable.Courses);
        for (var course = 0; course < courseHasResults.Length; course++)
        {
            if (!courseHasResults[course])
            {
                coursesWithout.Add(dataset.Courses.Line[course], context.Keys.CourseRow(course));
            }
        }

        var coursesWithoutResults = (int)coursesWithout.Count;
        coursesWithout.Flush();
        return (exams, examsWithoutResults, coursesWithoutResults);
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
