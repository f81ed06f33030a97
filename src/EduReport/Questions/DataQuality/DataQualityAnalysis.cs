using EduReport.Check;
using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Questions.DataQuality;

/// <summary>
/// Turns the outcome of the Check stage into the section's result. Unlike the other questions it
/// reads the problem log and the file sources, not the facts, because data quality is about rows.
/// </summary>
public static class DataQualityAnalysis
{
    /// <summary>How many examples of each finding the report shows.</summary>
    public const int ExamplesPerFinding = 3;

    public static DataQualityResult Compute(CheckResult check)
    {
        var files = check.Dataset.Sources
            .Select(s => new SourceFileRow(s.FileName, s.Encoding, DelimiterName(s.Delimiter), s.RowsRead, s.RowsExcluded))
            .ToArray();
        var findings = check.Problems.Groups()
            .Select(g => new FindingRow(
                g.Kind,
                g.Severity,
                g.File,
                g.Column,
                g.Count,
                g.Examples.Take(ExamplesPerFinding).Select(e => new FindingExample(e.Line, e.Key, e.Value, e.OtherLine, e.Arguments)).ToArray()))
            .ToArray();
        return new DataQualityResult(
            files,
            files.Sum(f => f.RowsRead),
            files.Sum(f => f.RowsExcluded),
            check.Problems.Count(Severity.Error),
            check.Problems.Count(Severity.Warning),
            check.Problems.Count(Severity.Info),
            findings,
            check.Summary);
    }

    /// <summary>Names a delimiter for people: "comma", "semicolon", "tab", "pipe", or the character.</summary>
    public static string DelimiterName(char delimiter) => delimiter switch
    {
        ',' => "comma",
        ';' => "semicolon",
        '\t' => "tab",
        '|' => "pipe",
        _ => delimiter.ToString(),
    };
}
