namespace EduReport.Render.Charts;

/// <summary>One bar of a category bar chart.</summary>
/// <param name="Category">The category's tick label, such as "DDD 2013B".</param>
/// <param name="ValueLabel">The value as the report writes it, drawn beside the bar.</param>
/// <param name="ColourIndex">The palette colour of the bar.</param>
/// <param name="Low">The lower end of the bar's confidence interval, or null for none.</param>
/// <param name="High">The upper end of the bar's confidence interval, or null for none.</param>
public sealed record CategoryBar(string Category, double Value, string ValueLabel, int ColourIndex, double? Low = null, double? High = null);
