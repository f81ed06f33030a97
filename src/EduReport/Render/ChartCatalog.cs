using EduReport.Analyse;
using EduReport.Questions.AssessmentForms;
using EduReport.Questions.Recommendations;
using EduReport.Questions.Segments;
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
            [SegmentsChart.Name] = SegmentsChart.Render(results.Segments, context),
            [ClustersChart.Name] = ClustersChart.Render(results.Segments.Clustering, context),
            [AssessmentFormsChart.RatesName] = AssessmentFormsChart.RenderRates(results.AssessmentForms, context),
            [AssessmentFormsChart.ScatterName] = AssessmentFormsChart.RenderScatter(results.AssessmentForms, results.Definitions.PassThreshold, context),
            [AssessmentFormsChart.QuartilesName] = AssessmentFormsChart.RenderQuartiles(results.AssessmentForms, context),
            [RecommendationsChart.Name] = RecommendationsChart.Render(results.Recommendations, context),
        };
        return charts;
    }
}
