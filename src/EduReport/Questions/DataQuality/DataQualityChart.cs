using EduReport.Problems;
using EduReport.Render.Charts;
using ScottPlot;

namespace EduReport.Questions.DataQuality;

/// <summary>
/// A horizontal bar chart of the problems found, one bar per finding, on a logarithmic axis because
/// counts run from 1 to many thousands. Bars are coloured by severity and labelled with the count.
/// </summary>
public static class DataQualityChart
{
    public const string Name = "data_quality";

    /// <summary>The largest number of bars; the report's table lists every finding.</summary>
    public const int MaxBars = 16;

    // A bar starts at log10(0.5), so that a count of 1 (log10 = 0) still has a visible length.
    private const double BarBase = -0.30103;

    public static ChartImage? Render(DataQualityResult result, ChartContext context)
    {
        var findings = result.Findings.Take(MaxBars).ToArray();
        if (findings.Length == 0)
        {
            return null;
        }

        var style = context.Style with { Height = Math.Max(context.Style.Height, 60 + (26 * findings.Length)) };
        var plot = ChartRenderer.NewPlot(style);
        var bars = new List<Bar>(findings.Length);
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = findings[i];
            bars.Add(new Bar
            {
                // Findings come most serious first, and the first one is drawn at the top.
                Position = findings.Length - 1 - i,
                Value = Math.Log10(finding.Count),
                ValueBase = BarBase,
                FillColor = SeverityColor(style, finding.Severity),
                LineWidth = 0,
                Label = context.Format.Count(finding.Count),
            });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = style.FontFamily;
        plottable.ValueLabelStyle.FontSize = 11;

        var maxPower = (int)Math.Ceiling(Math.Log10(findings.Max(f => f.Count)) + 0.35);
        var powers = Enumerable.Range(0, Math.Max(maxPower, 1) + 1).ToArray();
        plot.Axes.Bottom.SetTicks(
            powers.Select(p => (double)p).ToArray(),
            powers.Select(p => Math.Pow(10, p).ToString("N0", style.Culture)).ToArray());
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, findings.Length).Select(i => (double)(findings.Length - 1 - i)).ToArray(),
            findings.Select(f => Label(f, context)).ToArray());
        // The right limit leaves room for the last tick label and the count beside the longest bar.
        plot.Axes.SetLimits(BarBase, Math.Max(maxPower, 1) + 0.2, -0.6, findings.Length - 0.4);
        plot.XLabel(context.Strings.Get("sections.data_quality.chart_x"));
        return ChartRenderer.ToImage(Name, plot, style);
    }

    private static string Label(FindingRow finding, ChartContext context)
    {
        var title = ProblemText.Title(finding.Kind, context.Style.Culture);
        return finding.Column is null ? title : $"{title}: {finding.Column}";
    }

    private static Color SeverityColor(ChartStyle style, Severity severity) => severity switch
    {
        Severity.Error => ChartRenderer.PaletteColor(style, 1),
        Severity.Warning => ChartRenderer.PaletteColor(style, 4),
        _ => ChartRenderer.PaletteColor(style, 3),
    };
}
