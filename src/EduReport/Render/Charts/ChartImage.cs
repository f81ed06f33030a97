namespace EduReport.Render.Charts;

/// <summary>A rendered chart: SVG markup for the HTML, the plot's size, the numbers behind it, and a PNG copy when the style sets a PNG scale.</summary>
/// <param name="Name">The chart's key in the template model, such as "single_course_passers".</param>
/// <param name="Svg">The SVG element, ready to be written into the page.</param>
public sealed record ChartImage(string Name, string Svg, int Width, int Height)
{
    /// <summary>The chart as PNG at <see cref="ChartStyle.PngScale"/> times its size, for e-mail, where many clients block SVG; null when no PNG was asked for.</summary>
    public byte[]? Png { get; init; }

    /// <summary>The caption, in the report language; the appendix prints it above the chart's data table.</summary>
    public string? Caption { get; init; }

    /// <summary>The values the chart shows, printed as a table in the appendix; null leaves the chart out of it.</summary>
    public ChartTable? Table { get; init; }
}
