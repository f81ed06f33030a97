using EduReport.Problems;
using EduReport.Render.Charts;

namespace EduReport.Questions.DataQuality;

/// <summary>
/// A horizontal bar chart of the problems found, one bar per finding, on a logarithmic axis because
/// counts run from 1 to many thousands. Errors are orange, warnings light orange and notes grey.
/// </summary>
public static class DataQualityChart
{
    public const string Name = "data_quality";

    /// <summary>The largest number of bars; the report's table lists every finding.</summary>
    public const int MaxBars = 16;

    public static ChartImage? Render(DataQualityResult result, ChartContext context)
    {
        // Findings come most serious first, and the first one is drawn at the top.
        var bars = result.Findings
            .Take(MaxBars)
            .Select(f => new BarItem(Label(f, context), f.Count, Tone: ToneOf(f.Severity)))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get("sections.data_quality.caption"),
            context.Strings.Get("sections.data_quality.problem"),
            context.Strings.Get("sections.data_quality.chart_x"));
        return BarChart.Render(Name, bars, labels, "count", context, horizontal: true, logarithmic: true);
    }

    private static string Label(FindingRow finding, ChartContext context)
    {
        var title = ProblemText.Title(finding.Kind, context.Style.Culture);
        return finding.Column is null ? title : $"{title}: {finding.Column}";
    }

    private static ChartTone ToneOf(Severity severity) => severity switch
    {
        Severity.Error => ChartTone.Highlight,
        Severity.Warning => ChartTone.SoftHighlight,
        _ => ChartTone.Muted,
    };
}
