namespace EduReport.Render.Charts;

/// <summary>What a question's chart code needs: the style and the report's text in its language.</summary>
public sealed record ChartContext(ChartStyle Style, ReportStrings Strings, ReportFormatter Format);
