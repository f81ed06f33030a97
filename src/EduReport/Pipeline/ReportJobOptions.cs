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

    /// <summary>The Chromium executable, or null to find it.</summary>
    public string? ChromiumPath { get; init; }
}
