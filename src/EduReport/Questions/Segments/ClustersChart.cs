using EduReport.Render.Charts;

namespace EduReport.Questions.Segments;

/// <summary>A bar chart of the mean silhouette of each k tried, the chosen k highlighted.</summary>
public static class ClustersChart
{
    public const string Name = "clusters";

    public static ChartImage? Render(ClusteringResult result, ChartContext context)
    {
        var bars = result.Candidates
            .Where(c => c.Silhouette is not null)
            .Select(c => new BarItem(context.Format.Count(c.Clusters), c.Silhouette!.Value, Tone: c.Chosen ? ChartTone.Highlight : ChartTone.Primary))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get("sections.segments.clusters_caption"),
            context.Strings.Get("sections.segments.clusters_chart_x"),
            context.Strings.Get("sections.segments.clusters_chart_y"));
        return BarChart.Render(Name, bars, labels, "num:3", context);
    }
}
