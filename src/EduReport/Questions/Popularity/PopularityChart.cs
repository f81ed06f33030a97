using EduReport.Render.Charts;

namespace EduReport.Questions.Popularity;

/// <summary>
/// Two charts of the modules: registrations, most first, and churn rate with its 95% interval,
/// highest first. The top modules of each ranking are orange.
/// </summary>
public static class PopularityChart
{
    public const string RegistrationsName = "popularity_registrations";

    public const string ChurnName = "popularity_churn";

    public static ChartImage? RenderRegistrations(PopularityResult result, ChartContext context)
    {
        if (result.Modules.Count == 0)
        {
            return null;
        }

        var items = result.Modules
            .Select((m, rank) => new CategoryBar(m.Module, m.Registrations, context.Format.Count(m.Registrations), rank < PopularityAnalysis.TopCount ? 1 : 2))
            .ToArray();
        var style = BarCharts.ForRows(context.Style, items.Length);
        var plot = BarCharts.Horizontal(
            context with { Style = style },
            items,
            context.Strings.Get("sections.popularity.chart_registrations_x"),
            v => context.Format.Count(v));
        return ChartRenderer.ToImage(RegistrationsName, plot, style);
    }

    public static ChartImage? RenderChurn(PopularityResult result, ChartContext context)
    {
        if (result.Modules.Count == 0)
        {
            return null;
        }

        var top = result.TopByChurn.Select(m => m.Module).ToHashSet(StringComparer.Ordinal);
        var items = result.Modules
            .OrderByDescending(m => m.ChurnRate)
            .ThenByDescending(m => m.Registrations)
            .ThenBy(m => m.Module, StringComparer.Ordinal)
            .Select(m => new CategoryBar(m.Module, m.ChurnRate, context.Format.Percent(m.ChurnRate, 1), top.Contains(m.Module) ? 1 : 2, m.CiLow, m.CiHigh))
            .ToArray();
        var style = BarCharts.ForRows(context.Style, items.Length);
        var plot = BarCharts.Horizontal(
            context with { Style = style },
            items,
            context.Strings.Get("sections.popularity.chart_churn_x"),
            v => context.Format.Percent(v, 0),
            axisMax: 1);
        return ChartRenderer.ToImage(ChurnName, plot, style);
    }
}
