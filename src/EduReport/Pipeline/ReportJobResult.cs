using EduReport.Analyse;
using EduReport.Problems;

namespace EduReport.Pipeline;

/// <summary>What a report run produced: the results, the data problems and the files written.</summary>
public sealed record ReportJobResult(ReportResults Results, ProblemLog Problems, IReadOnlyList<string> Files)
{
    /// <summary>The full path of the e-mail file, or null when <see cref="OutputFormat.Email"/> was not asked for.</summary>
    public string? EmailFile { get; init; }
}
