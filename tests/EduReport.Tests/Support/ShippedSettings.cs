using EduReport.Analyse;

namespace EduReport.Tests.Support;

/// <summary>The analysis settings shipped in templates/config, which the build copies next to the tests.</summary>
public static class ShippedSettings
{
    private static readonly Lazy<AnalysisSettings> Settings = new(() => AnalysisSettings.Load(TemplatesDirectory));

    public static string TemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    public static AnalysisSettings Analysis => Settings.Value;
}
