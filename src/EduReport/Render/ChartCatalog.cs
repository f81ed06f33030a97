using EduReport.Analyse;
using EduReport.Questions.DataQuality;
using EduReport.Questions.SingleCoursePassers;
using EduReport.Render.Charts;

namespace EduReport.Render;

/// <summary>Renders the chart of every section. A chart with no data is null, and its section prints a sentence instead.</summary>
public static class ChartCatalog
{
    public static IReadOnlyDictionary<string, ChartImage?> RenderAll(ReportResults results, ChartContext context)
    {
        var charts = new Dictionary<string, ChartImage?>(StringComparer.Ordinal)
        {
            [SingleCoursePassersChart.Name] = SingleCoursePassersChart.Render(results.SingleCoursePassers, context),
            [DataQualityChart.Name] = DataQualityChart.Render(results.DataQuality, context),
        };
        return charts;
    }
}
