namespace EduReport.Render.Charts;

/// <summary>
/// The role of a colour in a chart. Each tone is the palette colour at its index in
/// <see cref="ChartStyle.Palette"/>, so that every chart uses one palette with the same meanings.
/// </summary>
public enum ChartTone
{
    /// <summary>Dark blue: the ordinary bar, bin or point.</summary>
    Primary,

    /// <summary>Orange: what the text points at, such as the hardest exam or late submissions.</summary>
    Highlight,

    /// <summary>Mid blue: a second series, or the items that are neither highlighted nor set aside.</summary>
    Secondary,

    /// <summary>Light orange: a milder highlight, such as warnings next to errors.</summary>
    SoftHighlight,

    /// <summary>Light grey: items the text sets aside, such as exams with too few attempts to rank.</summary>
    Muted,
}
