using EduReport.Check;
using EduReport.Problems;

namespace EduReport.Questions.DataQuality;

/// <summary>
/// What the checks found: how each file was read, the problems grouped by kind, file and column, and
/// the figures the section states. Problems are kinds and numbers; their text comes from the report language.
/// </summary>
/// <param name="Files">The input files in load order.</param>
/// <param name="RowsRead">Data rows in all files.</param>
/// <param name="RowsExcluded">Rows left out of all files.</param>
/// <param name="Errors">Problems of severity Error, counted one per row or value.</param>
/// <param name="Warnings">Problems of severity Warning.</param>
/// <param name="Notes">Problems of severity Info.</param>
/// <param name="Findings">The problem groups, most serious first.</param>
/// <param name="Summary">The figures of the checks: courses without exam results and the outlier fences.</param>
public sealed record DataQualityResult(
    IReadOnlyList<SourceFileRow> Files,
    long RowsRead,
    long RowsExcluded,
    long Errors,
    long Warnings,
    long Notes,
    IReadOnlyList<FindingRow> Findings,
    CheckSummary Summary);

/// <summary>How one file was read.</summary>
/// <param name="File">The file name.</param>
/// <param name="Encoding">The encoding it was decoded with, such as utf-8 or windows-1251.</param>
/// <param name="Delimiter">The field delimiter as a name: comma, semicolon, tab, pipe, or the character itself.</param>
/// <param name="RowsRead">Data rows in the file, blank rows not counted.</param>
/// <param name="RowsExcluded">Rows left out: unreadable rows and repeated rows.</param>
public sealed record SourceFileRow(string File, string Encoding, string Delimiter, long RowsRead, long RowsExcluded);

/// <summary>All problems of one kind in one file and column.</summary>
/// <param name="Examples">The first few problems, by line.</param>
public sealed record FindingRow(
    ProblemKind Kind,
    Severity Severity,
    string? File,
    string? Column,
    long Count,
    IReadOnlyList<FindingExample> Examples);

/// <summary>One example of a problem: where it is and which row it is.</summary>
/// <param name="Line">The 1-based line, or 0.</param>
/// <param name="Key">The row's key as column names and values, or null.</param>
/// <param name="Value">The raw value, or null when values are hidden.</param>
/// <param name="OtherLine">Another line involved, such as the first row of a repeated key, or 0.</param>
/// <param name="Arguments">Extra facts, such as the sum of the weights.</param>
public sealed record FindingExample(long Line, string? Key, string? Value, long OtherLine, IReadOnlyList<string> Arguments);
