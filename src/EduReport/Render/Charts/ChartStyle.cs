using System.Globalization;

namespace EduReport.Render.Charts;

/// <summary>The look shared by all charts: size, font, palette and the culture of tick labels.</summary>
public sealed record ChartStyle
{
    /// <summary>
    /// Colours whose lightness differs enough to tell them apart in grayscale print: dark blue,
    /// orange, light blue, grey and light orange.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultPalette = ["#1F4E79", "#C55A11", "#9DC3E6", "#7F7F7F", "#F4B183"];

    public required CultureInfo Culture { get; init; }

    public required string FontFamily { get; init; }

    public int Width { get; init; } = 720;

    public int Height { get; init; } = 340;

    public IReadOnlyList<string> Palette { get; init; } = DefaultPalette;

    public string TextColor { get; init; } = "#222222";

    /// <summary>The scale of a PNG copy of each chart, such as 2 for sharp images on high-density screens; 0 makes no PNG.</summary>
    public double PngScale { get; init; }
}
