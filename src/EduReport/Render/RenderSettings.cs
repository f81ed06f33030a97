using System.Globalization;

namespace EduReport.Render;

/// <summary>What the report looks like and which language it is in.</summary>
public sealed record RenderSettings
{
    /// <summary>The report language: "ru" or "en".</summary>
    public required string Language { get; init; }

    /// <summary>The folder of the template set.</summary>
    public required string TemplatesDirectory { get; init; }

    /// <summary>The report title; null takes the title from the template set's strings.</summary>
    public string? Title { get; init; }

    /// <summary>The organisation named on the cover; null leaves it out.</summary>
    public string? Organisation { get; init; }

    /// <summary>Where the data come from, printed on the cover, such as the attribution that the data's licence requires; null leaves it out.</summary>
    public string? DataSource { get; init; }

    /// <summary>The analyst's free-text commentary, printed at the end of the recommendations; paragraphs are separated by blank lines. Null leaves it out.</summary>
    public string? Commentary { get; init; }

    /// <summary>The date printed on the report. It is the only date the report contains, so equal inputs give equal output.</summary>
    public required DateOnly ReportDate { get; init; }

    /// <summary>The date the data were extracted, printed on the cover; null leaves it out.</summary>
    public DateOnly? DataDate { get; init; }

    /// <summary>The question sections in report order; null takes <see cref="ReportRenderer.DefaultSections"/>.</summary>
    public IReadOnlyList<string>? Sections { get; init; }

    public CultureInfo Culture => ReportFormatter.CultureFor(Language);
}
