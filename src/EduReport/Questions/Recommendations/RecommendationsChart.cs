using EduReport.Render.Charts;
using ScottPlot;

namespace EduReport.Questions.Recommendations;

/// <summary>A horizontal bar chart of the students each fired recommendation concerns, in rank order.</summary>
public static class RecommendationsChart
{
    public const string Name = "recommendations";

    public static ChartImage? Render(RecommendationsResult result, ChartContext context)
    {
        if (result.Items.Count == 0)
        {
            return null;
        }

        var style = context.Style with { Height = Math.Max(160, 60 + (50 * result.Items.Count)) };
        var plot = ChartRenderer.NewPlot(style);
        var count = result.Items.Count;
        var bars = result.Items
            .Select((item, i) => new Bar
            {
                Position = count - 1 - i,
                Value = item.Reach,
                FillColor = ChartRenderer.PaletteColor(style, 0),
                LineWidth = 0,
                Label = context.Format.Count(item.Reach),
            })
            .ToArray();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = style.FontFamily;
        plottable.ValueLabelStyle.FontSize = 12;
        ChartAxes.Categories(
            plot.Axes.Left,
            result.Items.Select(item => $"{item.Rank}. {context.Strings.Get($"sections.recommendations.rules.{item.Rule}.short")}").ToArray(),
            bars.Select(b => b.Position).ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", style.Culture) };
        plot.Axes.Margins(left: 0, right: 0.2, bottom: 0.1, top: 0.1);
        plot.XLabel(context.Strings.Get("sections.recommendations.chart_x"));
        return ChartRenderer.ToImage(Name, plot, style);
    }
}
