using EduReport.Analyse;
using EduReport.Deliver;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Render;

namespace EduReport.Pipeline;

/// <summary>Everything one report run needs to know.</summary>
public sealed record ReportJobOptions
{
    public required string DataDirectory { get; init; }

    public required string OutputDirectory { get; init; }

    public OutputFormat Formats { get; init; } = OutputFormat.Html | OutputFormat.Pdf;

    public required RenderSettings Render { get; init; }

    public LoadOptions Load { get; init; } = new();

    public Definitions Definitions { get; init; } = new();

    /// <summary>The period setting: "all" (or null), "latest", a presentation code such as 2014J, or a range such as 2013J..2014J.</summary>
    public string? Period { get; init; }

    /// <summary>The analysis settings, or null to read them from the config folder of the template set.</summary>
    public AnalysisSettings? Analysis { get; init; }

    /// <summary>A UTF-8 text file with the analyst's commentary for the recommendations section, or null for none.</summary>
    public string? CommentaryPath { get; init; }

    /// <summary>The Chromium executable, or null to find it.</summary>
    public string? ChromiumPath { get; init; }

    public OutputFileNames FileNames { get; init; } = OutputFileNames.Default;

    /// <summary>The e-mail subject pattern, or null for the template set's default; used with <see cref="OutputFormat.Email"/>.</summary>
    public string? EmailSubject { get; init; }
}
