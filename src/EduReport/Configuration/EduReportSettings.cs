using EduReport.Deliver;
using EduReport.Facts;
using EduReport.Pipeline;

namespace EduReport.Configuration;

/// <summary>
/// The settings of a run, read by <see cref="SettingsLoader"/> from edureport.json, environment
/// variables and the command line, and already checked. Paths are full paths.
/// docs/configuration.md describes each key.
/// </summary>
public sealed record EduReportSettings
{
    /// <summary>The configuration file that was read, or null when there was none.</summary>
    public string? ConfigurationFile { get; init; }

    public string? Title { get; init; }

    public string? Organisation { get; init; }

    /// <summary>The data source named on the cover, such as the attribution the data's licence asks for.</summary>
    public string? Source { get; init; }

    /// <summary>The report language, "ru" or "en", or null to use the language of the command line.</summary>
    public string? Language { get; init; }

    /// <summary>The folder of the four OULAD tables, or null when none was set.</summary>
    public string? DataFolder { get; init; }

    public required string OutputFolder { get; init; }

    public OutputFormat Formats { get; init; } = OutputFormat.Html | OutputFormat.Pdf;

    public OutputFileNames FileNames { get; init; } = OutputFileNames.Default;

    /// <summary>The template folder, or null to find it as the command line does.</summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>The Chromium executable, or null to find it.</summary>
    public string? Chromium { get; init; }

    /// <summary>The sections of the report, in order, or null for every section in the default order.</summary>
    public IReadOnlyList<string>? Sections { get; init; }

    /// <summary>
    /// The period as written: "all", "latest", a presentation code such as 2014J, or a range such as
    /// 2013J..2014J; null means all.
    /// </summary>
    public string? Period { get; init; }

    public Definitions Definitions { get; init; } = new();

    public EmailSettings Email { get; init; } = new();
}
