namespace EduReport.Problems;

/// <summary>
/// The kinds of data problems. Each kind has a title (Problem_Kind), an explanation (Explain_Kind)
/// and a remedy (Remedy_Kind) in the library's messages, in English and Russian. The values are
/// written to results.json and to the JSON of <c>validate</c> by name, so renaming one is a breaking change.
/// </summary>
public enum ProblemKind
{
    // Problems found while reading a row (Load).

    /// <summary>A quoted field that is not closed, a stray quote, or text after a closing quote.</summary>
    MalformedQuotes,

    /// <summary>A row with more or fewer fields than the header.</summary>
    FieldCountMismatch,

    /// <summary>A value that does not parse as the number its column holds.</summary>
    InvalidNumber,

    /// <summary>A number written correctly but too large for its column, such as an id above 2,147,483,647.</summary>
    NumberOutOfRange,

    /// <summary>A value outside the set its column allows, such as an assessment type other than TMA, CMA and Exam.</summary>
    InvalidValue,

    /// <summary>An empty identifier or code, without which the row cannot be used.</summary>
    MissingKey,

    // Semantic checks of the loaded tables (Check).

    /// <summary>Missing values in a column where a value is expected, such as a score or a registration date.</summary>
    MissingValue,

    /// <summary>A row that repeats an earlier row field for field; it is counted once.</summary>
    DuplicateRow,

    /// <summary>Two rows with the same key but different values; the later one is left out.</summary>
    ConflictingDuplicate,

    /// <summary>An assessment of a course that courses.csv does not list.</summary>
    AssessmentUnknownCourse,

    /// <summary>A submission of an assessment that assessments.csv does not list.</summary>
    SubmissionUnknownAssessment,

    /// <summary>A submission by a student who has no registration on the assessment's course.</summary>
    SubmissionWithoutRegistration,

    /// <summary>A registration on a course that courses.csv does not list.</summary>
    RegistrationUnknownCourse,

    /// <summary>An unregistration date on a registration that has no registration date.</summary>
    UnregistrationWithoutRegistration,

    /// <summary>An unregistration dated before the registration.</summary>
    UnregistrationBeforeRegistration,

    /// <summary>A submission dated after the student unregistered from the course.</summary>
    SubmissionAfterUnregistration,

    /// <summary>A submission dated after the last day of the course.</summary>
    SubmissionAfterCourseEnd,

    /// <summary>A submission dated before the start of the course, as banked results are.</summary>
    NegativeSubmissionDay,

    /// <summary>A score below 0 or above 100; it is treated as missing.</summary>
    ScoreOutOfRange,

    /// <summary>A negative assessment weight; it is treated as missing.</summary>
    NegativeWeight,

    /// <summary>Exam weights, or coursework (TMA and CMA) weights, of a course that do not add up to 100.</summary>
    WeightsNotHundred,

    /// <summary>A course whose coursework weights are all zero, so that coursework does not count towards the grade.</summary>
    CourseworkWeightsZero,

    /// <summary>An assessment without a deadline.</summary>
    AssessmentWithoutDate,

    /// <summary>An exam that has no scored submission at all.</summary>
    ExamWithoutResults,

    /// <summary>A course none of whose exams has a scored submission.</summary>
    CourseWithoutExamResults,

    /// <summary>A registration lead time outside the interquartile-range fences.</summary>
    RegistrationLeadTimeOutlier,

    /// <summary>A submission delay (submission day minus deadline) outside the interquartile-range fences.</summary>
    SubmissionDelayOutlier,
}
