using EduReport.Configuration;
using EduReport.Questions.Recommendations;
using EduReport.Questions.Segments;

namespace EduReport.Analyse;

/// <summary>
/// The analyst's settings of the analyses, read from the config folder of the template set:
/// config/segments.json (score bins, segment rules, clustering) and config/recommendations.json
/// (the rules' thresholds and weights).
/// </summary>
public sealed record AnalysisSettings(
    SegmentationSettings Segmentation,
    ClusteringSettings Clustering,
    RecommendationSettings Recommendations)
{
    public const string ConfigFolder = "config";
    public const string SegmentsFile = "segments.json";
    public const string RecommendationsFile = "recommendations.json";

    /// <summary>Reads both files from <paramref name="templatesDirectory"/>/config; throws a <see cref="ConfigurationException"/> naming the first invalid setting.</summary>
    public static AnalysisSettings Load(string templatesDirectory)
    {
        var folder = Path.Combine(templatesDirectory, ConfigFolder);
        var segments = ConfigFile.Load(Path.Combine(folder, SegmentsFile)).Root;
        segments.AllowOnly("bins", "metrics", "segments", "focusSegment", "clustering");
        var recommendations = ConfigFile.Load(Path.Combine(folder, RecommendationsFile)).Root;
        return new AnalysisSettings(
            SegmentationSettings.Read(segments),
            ClusteringSettings.Read(segments.Required("clustering")),
            RecommendationSettings.Read(recommendations, RecommendationEngine.Rules));
    }
}
