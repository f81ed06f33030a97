using EduReport.Render.Charts;
using ScottPlot;

namespace EduReport.Questions.PeriodComparison;

/// <summary>
/// A horizontal bar chart of each compared module's change in exam completion rate, in percentage
/// points, with the significant changes highlighted. Bars run left of zero for a fall.
/// </summary>
public static class PeriodComparisonChart
{
    public const string Name = "period_comparison";

    /// <summary>The height of one bar's row, in pixels.</summary>
    private const int RowHeight = 30;

    public static ChartImage? Render(PeriodComparisonResult result, ChartContext context)
    {
        var modules = result.Modules.Where(m => m.CompletionRate.Delta is not null).ToArray();
        if (modules.Length == 0)
        {
            return null;
        }

        var style = context.Style with { Height = Math.Max(context.Style.Height, 90 + (RowHeight * modules.Length)) };
        var plot = ChartRenderer.NewPlot(style);
        var count = modules.Length;
        var points = modules.Select(m => m.CompletionRate.Delta!.Value * 100).ToArray();
        plot.Add.Bars(modules.Select((m, i) => new Bar
        {
            Position = count - 1 - i,
            Value = points[i],
            FillColor = ChartRenderer.ToneColor(style, m.CompletionRate.Significant ? ChartTone.Highlight : ChartTone.Primary),
            LineWidth = 0,
            Orientation = Orientation.Horizontal,
            Size = 0.7,
        }).ToArray());

        var zero = plot.Add.VerticalLine(0);
        zero.Color = Color.FromHex(style.TextColor);
        zero.LineWidth = 1;

        // The value labels sit beyond the end of each bar, so the axis leaves room on both sides.
        var reach = Math.Max(1, points.Max(Math.Abs));
        for (var i = 0; i < count; i++)
        {
            var label = plot.Add.Text(SignedPoints(points[i], context), points[i] + (Math.Sign(points[i]) * reach * 0.02), count - 1 - i);
            label.Alignment = points[i] < 0 ? Alignment.MiddleRight : Alignment.MiddleLeft;
            label.LabelFontName = style.FontFamily;
            label.LabelFontSize = 12;
            label.LabelFontColor = Color.FromHex(style.TextColor);
        }

        plot.Axes.Left.SetTicks(Enumerable.Range(0, count).Select(i => (double)(count - 1 - i)).ToArray(), modules.Select(m => m.Module).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => context.Format.Number(v, 0), IntegerTicksOnly = true };
        plot.Axes.SetLimitsX(Math.Min(0, points.Min()) - (reach * 0.45), Math.Max(0, points.Max()) + (reach * 0.45));
        plot.Axes.SetLimitsY(-0.6, count - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.XLabel(context.Strings.Get("sections.period_comparison.chart_change"));
        plot.YLabel(context.Strings.Get("sections.period_comparison.chart_module"));

        var image = ChartRenderer.ToImage(Name, plot, style);
        return image with { Caption = context.Strings.Get("sections.period_comparison.caption"), Table = Table(modules, context) };
    }

    /// <summary>Returns a change in percentage points with its sign, such as "+5.4 pp" or "-2.1 pp", because the chart font has no arrows.</summary>
    private static string SignedPoints(double points, ChartContext context)
    {
        var number = context.Format.Number(points, 1);
        var sign = points > 0 && number != context.Format.Number(0, 1) ? "+" : string.Empty;
        return sign + number + "\u00A0" + context.Strings.Get("unit.percentage_points");
    }

    private static ChartTable Table(IReadOnlyList<ModuleChange> modules, ChartContext context)
    {
        string Text(string key) => context.Strings.Get("sections.period_comparison." + key);
        var columns = new ChartColumn[]
        {
            new(Text("module")),
            new(Text("previous_presentations")),
            new(Text("previous_completion"), "pct:1"),
            new(Text("current_presentations")),
            new(Text("current_completion"), "pct:1"),
            new(Text("change"), "delta_pp:1"),
        };
        var rows = modules
            .Select(m => (IReadOnlyList<object?>)
            [
                m.Module,
                string.Join(", ", m.PreviousPresentations),
                m.CompletionRate.Previous,
                string.Join(", ", m.Presentations),
                m.CompletionRate.Current,
                m.CompletionRate.Delta,
            ])
            .ToArray();
        return new ChartTable(columns, rows);
    }
}
