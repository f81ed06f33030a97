using EduReport.Render.Charts;
using ScottPlot;

namespace EduReport.Questions.Segments;

/// <summary>A bar chart of the mean silhouette of each k tried, the chosen k highlighted.</summary>
public static class ClustersChart
{
    public const string Name = "clusters";

    public static ChartImage? Render(ClusteringResult result, ChartContext context)
    {
        var candidates = result.Candidates.Where(c => c.Silhouette is not null).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var style = context.Style with { Height = 260 };
        var plot = ChartRenderer.NewPlot(style);
        var bars = candidates
            .Select(c => new Bar
            {
                Position = c.Clusters,
                Value = c.Silhouette!.Value,
                FillColor = ChartRenderer.PaletteColor(style, c.Chosen ? 1 : 0),
                LineWidth = 0,
                Label = context.Format.Number(c.Silhouette, 3),
            })
            .ToArray();
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontName = style.FontFamily;
        plottable.ValueLabelStyle.FontSize = 12;
        ChartAxes.Categories(
            plot.Axes.Bottom,
            candidates.Select(c => c.Clusters.ToString(style.Culture)).ToArray(),
            candidates.Select(c => (double)c.Clusters).ToArray());
        ChartAxes.Number(plot.Axes.Left, style, 2);
        plot.Axes.Margins(bottom: 0, top: 0.2);
        plot.XLabel(context.Strings.Get("sections.segments.clusters_chart_x"));
        plot.YLabel(context.Strings.Get("sections.segments.clusters_chart_y"));
        return ChartRenderer.ToImage(Name, plot, style);
    }
}
