using EduReport.Render.Charts;

namespace EduReport.Questions.Segments;

/// <summary>A horizontal bar chart of students per segment, the focus segment highlighted.</summary>
public static class SegmentsChart
{
    public const string Name = "segments";

    public static ChartImage? Render(SegmentsResult result, ChartContext context)
    {
        if (result.TotalStudents == 0)
        {
            return null;
        }

        var language = context.Style.Culture.TwoLetterISOLanguageName;
        var bars = result.Segments
            .Select(row => new BarItem(
                row.Name.TryGetValue(language, out var name) ? name : row.Name.GetValueOrDefault("en", row.Id),
                row.Students,
                Tone: row.Id == result.Focus?.Id ? ChartTone.Highlight : ChartTone.Primary))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get("sections.segments.caption"),
            context.Strings.Get("sections.segments.segment"),
            context.Strings.Get("sections.segments.chart_x"));
        return BarChart.Render(Name, bars, labels, "count", context, horizontal: true);
    }
}
