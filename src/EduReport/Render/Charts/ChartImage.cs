namespace EduReport.Render.Charts;

/// <summary>A rendered chart: SVG markup for the HTML, and the plot's size.</summary>
/// <param name="Name">The chart's key in the template model, such as "single_course_passers".</param>
/// <param name="Svg">The SVG element, ready to be written into the page.</param>
public sealed record ChartImage(string Name, string Svg, int Width, int Height);
