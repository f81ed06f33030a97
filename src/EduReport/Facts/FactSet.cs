using EduReport.Load;

namespace EduReport.Facts;

/// <summary>
/// The per-student, per-enrolment, per-course and per-assessment facts that every analysis reads, and
/// the per-submission values that distributions need.
/// They are built once from the raw tables by <see cref="FactsBuilder"/>; a data warehouse could
/// supply the same shape instead.
/// </summary>
public sealed record FactSet(
    Dataset Dataset,
    Definitions Definitions,
    StudentFacts Students,
    EnrolmentFacts Enrolments,
    CourseFacts Courses,
    AssessmentFacts Assessments,
    SubmissionFacts Submissions);
