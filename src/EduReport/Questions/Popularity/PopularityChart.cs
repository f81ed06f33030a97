using EduReport.Render.Charts;

namespace EduReport.Questions.Popularity;

/// <summary>
/// Two charts of the modules: registrations, most first, and churn rate with its 95% interval,
/// highest first. The top modules of each ranking are orange, the others mid blue.
/// </summary>
public static class PopularityChart
{
    public const string RegistrationsName = "popularity_registrations";

    public const string ChurnName = "popularity_churn";

    private const string Text = "sections.popularity.";

    public static ChartImage? RenderRegistrations(PopularityResult result, ChartContext context)
    {
        var bars = result.Modules
            .Select((m, rank) => new BarItem(m.Module, m.Registrations, Tone: rank < PopularityAnalysis.TopCount ? ChartTone.Highlight : ChartTone.Secondary))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get(Text + "caption_registrations"),
            context.Strings.Get(Text + "module"),
            context.Strings.Get(Text + "chart_registrations_x"));
        return BarChart.Render(RegistrationsName, bars, labels, "count", context, horizontal: true);
    }

    public static ChartImage? RenderChurn(PopularityResult result, ChartContext context)
    {
        var top = result.TopByChurn.Select(m => m.Module).ToHashSet(StringComparer.Ordinal);
        var bars = result.Modules
            .OrderByDescending(m => m.ChurnRate)
            .ThenByDescending(m => m.Registrations)
            .ThenBy(m => m.Module, StringComparer.Ordinal)
            .Select(m => new BarItem(m.Module, m.ChurnRate, m.CiLow, m.CiHigh, top.Contains(m.Module) ? ChartTone.Highlight : ChartTone.Secondary))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get(Text + "caption_churn"),
            context.Strings.Get(Text + "module"),
            context.Strings.Get(Text + "chart_churn_x"));
        return BarChart.Render(ChurnName, bars, labels, "pct:1", context, horizontal: true);
    }
}
