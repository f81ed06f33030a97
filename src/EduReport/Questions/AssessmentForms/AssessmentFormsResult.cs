using System.Text.Json.Serialization;
using EduReport.Load;

namespace EduReport.Questions.AssessmentForms;

/// <summary>How the three assessment forms (TMA, CMA, Exam) perform, and how well coursework predicts the exam.</summary>
/// <param name="StudentsWithLateSubmission">Students with at least one submission after its deadline, in any form.</param>
/// <param name="Points">Each enrolment's weighted coursework score and exam score, for the scatter plot; left out of results.json.</param>
public sealed record AssessmentFormsResult(
    IReadOnlyList<FormRow> Forms,
    int StudentsWithLateSubmission,
    CoursesWithoutExamResults CoursesWithoutExamResults,
    CourseworkExamCorrelation Correlation,
    IReadOnlyList<QuartileRow> PassRateByQuartile,
    CourseworkWhatIf WhatIf,
    [property: JsonIgnore] IReadOnlyList<ScorePair> Points);

/// <summary>One assessment form.</summary>
/// <param name="Submissions">All submissions, scored or not.</param>
/// <param name="ScoredSubmissions">Submissions with a score that count (banked ones only when the definitions include them).</param>
/// <param name="MeanScore">The mean of the scored submissions, or null when there are none.</param>
/// <param name="Failed">Scored submissions below the pass threshold.</param>
/// <param name="FailRate">Failed over scored submissions, with its 95% Wilson interval.</param>
/// <param name="SubmissionsWithDeadline">Non-banked submissions with a day, of assessments that have a deadline.</param>
/// <param name="LateShare">Late submissions over SubmissionsWithDeadline, with its 95% Wilson interval.</param>
public sealed record FormRow(
    AssessmentType Form,
    int Assessments,
    int Submissions,
    int ScoredSubmissions,
    double? MeanScore,
    int Failed,
    double? FailRate,
    Interval? FailRateInterval,
    int SubmissionsWithDeadline,
    int LateSubmissions,
    double? LateShare,
    Interval? LateShareInterval);

/// <summary>A 95% confidence interval.</summary>
public sealed record Interval(double Lower, double Upper);

/// <summary>Courses in which no student has a scored exam submission, so that no student can complete them.</summary>
/// <param name="Share">Courses over TotalCourses.</param>
/// <param name="WithExamListed">Those of them for which assessments.csv lists an exam all the same.</param>
/// <param name="Students">Distinct students registered on at least one of those courses.</param>
/// <param name="Registrations">Registrations on those courses.</param>
public sealed record CoursesWithoutExamResults(int Courses, int TotalCourses, double Share, int WithExamListed, int Students, int Registrations, IReadOnlyList<CourseWithoutExamResults> List);

/// <param name="Code">The course code, such as "BBB 2013B".</param>
/// <param name="ExamsDefined">Exams that assessments.csv lists for the course, although none has a result.</param>
public sealed record CourseWithoutExamResults(string Code, int ExamsDefined, int Registrations);

/// <summary>Correlation between the weighted coursework score and the exam score of one student in one course.</summary>
/// <param name="EnrolmentsWithExam">Enrolments with at least one scored exam attempt.</param>
/// <param name="WithoutCourseworkScore">Those of them whose coursework weights sum to zero, so their weighted coursework score is undefined.</param>
/// <param name="Pairs">Enrolments with both scores: the n of both coefficients.</param>
/// <param name="PearsonInterval">The 95% interval of Pearson's r by Fisher's z transformation, when n &gt; 3.</param>
public sealed record CourseworkExamCorrelation(
    int EnrolmentsWithExam,
    int WithoutCourseworkScore,
    int Pairs,
    double? Pearson,
    Interval? PearsonInterval,
    double? Spearman);

/// <summary>The exam pass rate of the enrolments in one quartile of the weighted coursework score.</summary>
/// <param name="AtLeast">The quartile's inclusive lower bound; null for the first quartile.</param>
/// <param name="Below">The quartile's exclusive upper bound; null for the fourth quartile.</param>
/// <param name="Passed">Enrolments with a passed exam attempt.</param>
public sealed record QuartileRow(int Quartile, double? AtLeast, double? Below, int Enrolments, int Passed, double? PassRate, Interval? PassRateInterval);

/// <summary>What if a course could be completed with a weighted coursework score at or above the pass threshold.</summary>
/// <param name="Enrolments">Enrolments on courses without exam results.</param>
/// <param name="WithCourseworkScore">Those of them with a weighted coursework score.</param>
/// <param name="WithoutCourseworkScore">Those of them whose coursework weights sum to zero.</param>
/// <param name="WouldComplete">Those whose weighted coursework score reaches the threshold.</param>
/// <param name="WouldCompleteStudents">Distinct students among them.</param>
/// <param name="WouldCompleteUnregistered">Those of WouldComplete who had unregistered from the course.</param>
/// <param name="Agreement">The coursework rule against the exam outcome, where both exist.</param>
public sealed record CourseworkWhatIf(
    double Threshold,
    int Enrolments,
    int WithCourseworkScore,
    int WithoutCourseworkScore,
    int WouldComplete,
    int WouldCompleteStudents,
    int WouldCompleteUnregistered,
    ConfusionMatrix Agreement);

/// <summary>A 2 × 2 table of the coursework rule (pass or fail) against the exam (passed or not).</summary>
/// <param name="Accuracy">The share of enrolments on which both agree.</param>
/// <param name="Kappa">Cohen's kappa: agreement beyond chance, from -1 to 1; null when chance agreement is 1.</param>
public sealed record ConfusionMatrix(
    int BothPass,
    int CourseworkPassExamFail,
    int CourseworkFailExamPass,
    int BothFail,
    int Total,
    double? Accuracy,
    double? Kappa);

/// <summary>One enrolment's weighted coursework score and mean exam score.</summary>
public sealed record ScorePair(double Coursework, double Exam, bool Passed);
