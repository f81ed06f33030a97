namespace EduReport.Problems;

/// <summary>All problems of one kind in one file and column: how many there are, and the first few of them.</summary>
public sealed record ProblemGroup(
    ProblemKind Kind,
    Severity Severity,
    string? File,
    string? Column,
    long Count,
    IReadOnlyList<DataProblem> Examples);
