using EduReport.Analyse;
using EduReport.Questions.AssessmentForms;
using EduReport.Questions.CourseComparison;
using EduReport.Questions.DataQuality;
using EduReport.Questions.Distributions;
using EduReport.Questions.ExamDifficulty;
using EduReport.Questions.ExamPassDay;
using EduReport.Questions.PeriodComparison;
using EduReport.Questions.Popularity;
using EduReport.Questions.Recommendations;
using EduReport.Questions.Segments;
using EduReport.Questions.Semesters;
using EduReport.Questions.SingleCoursePassers;
using EduReport.Render.Charts;

namespace EduReport.Render;

/// <summary>Renders the chart of every section. A chart with no data is null, and its section prints a sentence instead.</summary>
public static class ChartCatalog
{
    /// <summary>
    /// Renders every chart. Each chart draws on its own ScottPlot plot, so they render in parallel.
    /// The dictionary lists them in the order below, whatever order they finish in.
    /// </summary>
    public static IReadOnlyDictionary<string, ChartImage?> RenderAll(ReportResults results, ChartContext context)
    {
        (string Name, Func<ChartImage?> Render)[] charts =
        [
            (PeriodComparisonChart.Name, () => PeriodComparisonChart.Render(results.PeriodComparison, context)),
            (SingleCoursePassersChart.Name, () => SingleCoursePassersChart.Render(results.SingleCoursePassers, context)),
            (DataQualityChart.Name, () => DataQualityChart.Render(results.DataQuality, context)),
            (ExamDifficultyChart.Name, () => ExamDifficultyChart.Render(results.ExamDifficulty, context)),
            (ExamPassDayChart.Name, () => ExamPassDayChart.Render(results.ExamPassDay, context)),
            (PopularityChart.RegistrationsName, () => PopularityChart.RenderRegistrations(results.Popularity, context)),
            (PopularityChart.ChurnName, () => PopularityChart.RenderChurn(results.Popularity, context)),
            (SemestersChart.CompletionName, () => SemestersChart.RenderCompletion(results.Semesters, context)),
            (SemestersChart.ExamDayName, () => SemestersChart.RenderExamDay(results.Semesters, context)),
            (CourseComparisonChart.Name, () => CourseComparisonChart.Render(results.CourseComparison, context)),
            (DistributionsChart.ScoresName, () => DistributionsChart.RenderScores(results.Distributions, context)),
            (DistributionsChart.LeadTimeName, () => DistributionsChart.RenderLeadTime(results.Distributions, context)),
            (DistributionsChart.DelayName, () => DistributionsChart.RenderDelay(results.Distributions, context)),
            (DistributionsChart.CoursesPerStudentName, () => DistributionsChart.RenderCoursesPerStudent(results.Distributions, context)),
            (SegmentsChart.Name, () => SegmentsChart.Render(results.Segments, context)),
            (ClustersChart.Name, () => ClustersChart.Render(results.Segments.Clustering, context)),
            (AssessmentFormsChart.RatesName, () => AssessmentFormsChart.RenderRates(results.AssessmentForms, context)),
            (AssessmentFormsChart.ScatterName, () => AssessmentFormsChart.RenderScatter(results.AssessmentForms, results.Definitions.PassThreshold, context)),
            (AssessmentFormsChart.QuartilesName, () => AssessmentFormsChart.RenderQuartiles(results.AssessmentForms, context)),
            (RecommendationsChart.Name, () => RecommendationsChart.Render(results.Recommendations, context)),
        ];

        var images = new ChartImage?[charts.Length];
        Parallel.For(0, charts.Length, i => images[i] = charts[i].Render());

        var rendered = new Dictionary<string, ChartImage?>(StringComparer.Ordinal);
        for (var i = 0; i < charts.Length; i++)
        {
            rendered.Add(charts[i].Name, images[i]);
        }

        return rendered;
    }
}
