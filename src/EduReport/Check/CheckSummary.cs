namespace EduReport.Check;

/// <summary>The figures of the checks that the report states besides the problem list.</summary>
/// <param name="Courses">Courses in courses.csv, after duplicates are dropped.</param>
/// <param name="CoursesWithoutExamResults">Courses none of whose exams has a scored submission (also those without an exam).</param>
/// <param name="Exams">Assessments of type Exam.</param>
/// <param name="ExamsWithoutResults">Exams without a scored submission.</param>
/// <param name="RegistrationLeadTime">Fences of the days from registration to the start of the course, or null with fewer than 4 dated registrations.</param>
/// <param name="SubmissionDelay">Fences of the days from the deadline to the submission (negative when early), for submissions that are not banked and whose assessment has a date; or null.</param>
public sealed record CheckSummary(
    int Courses,
    int CoursesWithoutExamResults,
    int Exams,
    int ExamsWithoutResults,
    OutlierFences? RegistrationLeadTime,
    OutlierFences? SubmissionDelay)
{
    /// <summary>CoursesWithoutExamResults over Courses, from 0 to 1; 0 without courses.</summary>
    public double CoursesWithoutExamResultsShare => Courses == 0 ? 0 : (double)CoursesWithoutExamResults / Courses;
}
