using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Check;

/// <summary>The outcome of the checks.</summary>
/// <param name="Dataset">The tables the analysis reads: without repeated rows, and with impossible scores and weights blanked.</param>
/// <param name="Problems">Every problem of loading and checking.</param>
/// <param name="Summary">The figures the report states besides the problems.</param>
public sealed record CheckResult(Dataset Dataset, ProblemLog Problems, CheckSummary Summary);
