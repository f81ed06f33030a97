namespace EduReport.Problems;

/// <summary>
/// One problem found in the input: where it is, what the value was, and which kind it is. The text
/// shown to the user comes from the kind, in the user's language.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="File">The file name, such as studentAssessment.csv, or null for a problem across files.</param>
/// <param name="Line">The 1-based line where the row starts, or 0 when the problem is not on one line.</param>
/// <param name="Column">The column name, or null when the problem concerns a whole row.</param>
/// <param name="Value">The raw value, or null when values are hidden or the problem has no single value.</param>
/// <param name="Arguments">Extra facts for the description, such as the expected type or the other line of a duplicate.</param>
public sealed record DataProblem(
    ProblemKind Kind,
    Severity Severity,
    string? File,
    long Line,
    string? Column,
    string? Value,
    IReadOnlyList<string> Arguments)
{
    public DataProblem(ProblemKind kind, Severity severity, string? file, long line, string? column, string? value)
        : this(kind, severity, file, line, column, value, [])
    {
    }

    /// <summary>
    /// The key of the row as column names and values, such as "id_assessment 1752, id_student 11391",
    /// so that the row can be found at the source. Null when the problem has no row.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>Another line that the problem involves, such as the first row of a duplicate key, or 0.</summary>
    public long OtherLine { get; init; }
}
