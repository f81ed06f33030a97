namespace EduReport.Render.Charts;

/// <summary>
/// The values behind a chart, as the appendix prints them: one row per bar, bin, box or cell. Values
/// are raw numbers or text; each column names its format, so the table is formatted like every other.
/// </summary>
public sealed record ChartTable(IReadOnlyList<ChartColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A column of a chart's data table.</summary>
/// <param name="Header">The column heading in the report language.</param>
/// <param name="Format">A format name of <see cref="ValueFormat"/>, such as "count" or "pct:1".</param>
public sealed record ChartColumn(string Header, string Format = "text");
