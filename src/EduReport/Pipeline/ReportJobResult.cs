using EduReport.Analyse;
using EduReport.Problems;

namespace EduReport.Pipeline;

/// <summary>What a report run produced: the results, the data problems and the files written.</summary>
public sealed record ReportJobResult(ReportResults Results, ProblemLog Problems, IReadOnlyList<string> Files);
