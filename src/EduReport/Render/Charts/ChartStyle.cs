using System.Globalization;

namespace EduReport.Render.Charts;

/// <summary>The look shared by all charts: size, font, palette and the culture of tick labels.</summary>
public sealed record ChartStyle
{
    /// <summary>
    /// The colour of each <see cref="ChartTone"/>, in its order. Their CIE lightness (L*) differs by at
    /// least 9, so that they stay apart in grayscale print: dark blue (L* 32), orange (51), mid blue (68),
    /// light orange (78) and light grey (88).
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultPalette = ["#1F4E79", "#C55A11", "#6BAED6", "#F4B183", "#DDDDDD"];

    public required CultureInfo Culture { get; init; }

    public required string FontFamily { get; init; }

    public int Width { get; init; } = 720;

    public int Height { get; init; } = 340;

    public IReadOnlyList<string> Palette { get; init; } = DefaultPalette;

    /// <summary>The ends of the heat-map scale, from the lowest value to the highest; lightness falls steadily between them.</summary>
    public string SequentialLow { get; init; } = "#F2F7FC";

    public string SequentialHigh { get; init; } = "#0B3C5D";

    /// <summary>The colour of interval whiskers, outlines and the text drawn in charts.</summary>
    public string TextColor { get; init; } = "#222222";

    /// <summary>The scale of a PNG copy of each chart, such as 2 for sharp images on high-density screens; 0 makes no PNG.</summary>
    public double PngScale { get; init; }
}
