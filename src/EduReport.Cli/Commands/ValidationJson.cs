using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using EduReport.Check;
using EduReport.Problems;

namespace EduReport.Cli.Commands;

/// <summary>
/// Prints the outcome of <c>validate</c> as JSON: camelCase names, kinds and severities as strings,
/// and each finding's title and remedy in the message language for convenience.
/// </summary>
internal static class ValidationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Write(TextWriter writer, string folder, CheckResult result, int exitCode)
    {
        var report = new Report(
            folder,
            exitCode,
            result.Problems.Count(Severity.Error),
            result.Problems.Count(Severity.Warning),
            result.Problems.Count(Severity.Info),
            result.Dataset.Sources.Select(s => new FileEntry(s.FileName, s.Encoding, s.Delimiter.ToString(), s.RowsRead, s.RowsExcluded)).ToArray(),
            result.Problems.Groups().Select(g => new Finding(
                g.Kind,
                g.Severity,
                g.File,
                g.Column,
                g.Count,
                ProblemText.Title(g.Kind),
                ProblemText.Remedy(g.Kind),
                g.Examples.Select(e => new Example(e.Line, e.Key, e.Value, e.OtherLine == 0 ? null : e.OtherLine, e.Arguments)).ToArray())).ToArray(),
            result.Summary);
        writer.WriteLine(JsonSerializer.Serialize(report, Options));
    }

    private sealed record Report(
        string Data,
        int ExitCode,
        long Errors,
        long Warnings,
        long Notes,
        IReadOnlyList<FileEntry> Files,
        IReadOnlyList<Finding> Findings,
        CheckSummary Summary);

    private sealed record FileEntry(string File, string Encoding, string Delimiter, long RowsRead, long RowsExcluded);

    private sealed record Finding(
        ProblemKind Kind,
        Severity Severity,
        string? File,
        string? Column,
        long Count,
        string Title,
        string Remedy,
        IReadOnlyList<Example> Examples);

    private sealed record Example(long Line, string? Key, string? Value, long? OtherLine, IReadOnlyList<string> Arguments);
}
