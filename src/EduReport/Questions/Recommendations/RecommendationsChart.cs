using EduReport.Render.Charts;

namespace EduReport.Questions.Recommendations;

/// <summary>A horizontal bar chart of the students each fired recommendation concerns, in rank order.</summary>
public static class RecommendationsChart
{
    public const string Name = "recommendations";

    private const string Text = "sections.recommendations.";

    public static ChartImage? Render(RecommendationsResult result, ChartContext context)
    {
        var bars = result.Items
            .Select(item => new BarItem($"{item.Rank}. {context.Strings.Get($"{Text}rules.{item.Rule}.short")}", item.Reach))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get(Text + "caption"),
            context.Strings.Get(Text + "recommendation"),
            context.Strings.Get(Text + "chart_x"));
        return BarChart.Render(Name, bars, labels, "count", context, horizontal: true);
    }
}
