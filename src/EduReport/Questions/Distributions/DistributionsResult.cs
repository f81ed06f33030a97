using EduReport.Analyse.Statistics;
using EduReport.Facts;
using EduReport.Load;

namespace EduReport.Questions.Distributions;

/// <summary>The distributions of scores, registration lead times, submission delays and courses per student.</summary>
/// <param name="Scores">Attempt scores per assessment type: TMA, CMA, then Exam.</param>
public sealed record DistributionsResult(
    IReadOnlyList<ScoreDistribution> Scores,
    LeadTimeDistribution RegistrationLeadTime,
    DelayDistribution SubmissionDelay,
    CoursesPerStudentDistribution CoursesPerStudent);

/// <summary>The scores of the attempts of one assessment type, in bins of 10 points.</summary>
public sealed record ScoreDistribution(AssessmentType AssessmentType, SummaryStatistics Summary, Histogram Histogram);

/// <summary>
/// Days between registration and the start of the presentation (minus date_registration): positive
/// for a registration before the start, negative after it. Weekly bins over the 1st to 99th percentile,
/// widened to the first week after the start when some registrations came after it.
/// </summary>
/// <param name="RegistrationsWithoutDate">Registrations without a registration date, left out.</param>
/// <param name="RegisteredAfterStart">Registrations after day 0, with a negative lead time.</param>
public sealed record LeadTimeDistribution(SummaryStatistics Summary, Histogram Histogram, int RegistrationsWithoutDate, int RegisteredAfterStart);

/// <summary>
/// Days from the deadline to the submission (date_submitted minus the assessment's date) of non-banked
/// submissions of assessments that have a date: negative is early, positive is late. Daily bins over the
/// four weeks either side of the deadline.
/// </summary>
/// <param name="Late">Submissions after the deadline.</param>
/// <param name="LateShare">Late over all, from 0 to 1, or null without submissions.</param>
public sealed record DelayDistribution(SummaryStatistics Summary, Histogram Histogram, int Late, double? LateShare);

/// <summary>How many courses (or modules, when the definitions count modules) each student registered on or submitted work in.</summary>
/// <param name="OneCourseStudents">Students with exactly one course.</param>
/// <param name="OneCourseShare">Their share of all students, from 0 to 1, or null without students.</param>
public sealed record CoursesPerStudentDistribution(
    CourseScope Scope,
    SummaryStatistics Summary,
    IReadOnlyList<CourseCountRow> Distribution,
    int OneCourseStudents,
    double? OneCourseShare);

/// <summary>Students with this many courses, and their share of all students.</summary>
public sealed record CourseCountRow(int Courses, int Students, double Share);
