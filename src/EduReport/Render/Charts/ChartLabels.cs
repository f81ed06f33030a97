namespace EduReport.Render.Charts;

/// <summary>The text of a chart, in the report language: its caption and axis titles.</summary>
/// <param name="Caption">The caption under the figure and above its data table in the appendix.</param>
/// <param name="XLabel">The title of the horizontal axis, also the heading of the data table's first column.</param>
/// <param name="YLabel">The title of the vertical axis, also the heading of the data table's value column.</param>
public sealed record ChartLabels(string Caption, string XLabel, string YLabel);
