using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Check;

/// <summary>What every check needs: the tables, where to log, and how to write keys.</summary>
internal sealed class CheckContext(Dataset dataset, ProblemLog log)
{
    public Dataset Dataset { get; } = dataset;

    public ProblemLog Log { get; } = log;

    public RowKeys Keys { get; } = new(dataset, log.HideValues);

    /// <summary>Returns a raw value for an example, or null when values are hidden.</summary>
    public string? Value(string value) => Log.HideValues ? null : value;

    /// <summary>Returns the values as arguments of an example, or none when values are hidden.</summary>
    public string[] Arguments(params string[] values) => Log.HideValues ? [] : values;

    public FindingCollector Collector(ProblemKind kind, Severity severity, OuladTable table, string? column = null) =>
        new(Log, kind, severity, OuladSchema.FileName(table), column);
}
