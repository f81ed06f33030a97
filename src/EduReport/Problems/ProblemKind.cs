namespace EduReport.Problems;

/// <summary>
/// The kinds of data problems. Each kind has a description and a remedy in the Problems resources
/// (Problem_Kind and Remedy_Kind), in English and Russian.
/// </summary>
public enum ProblemKind
{
    /// <summary>A quoted field that is not closed, a stray quote, or text after a closing quote.</summary>
    MalformedQuotes,

    /// <summary>A row with more or fewer fields than the header.</summary>
    FieldCountMismatch,

    /// <summary>A value that does not parse as the number its column holds.</summary>
    InvalidNumber,

    /// <summary>A value outside the set its column allows, such as an assessment type other than TMA, CMA and Exam.</summary>
    InvalidValue,

    /// <summary>An empty identifier or code, without which the row cannot be used.</summary>
    MissingKey,
}
