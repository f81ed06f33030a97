using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Integration;

/// <summary>
/// Segment, assessment-form and recommendation figures of the real OULAD tables. The expected values
/// were computed by docs/verification/segments_and_forms.py, which reads the CSV files with Python's
/// csv module and shares no code with EduReport.
/// </summary>
public sealed class OuladSegmentsTests
{
    private static readonly Lazy<ReportResults> Results = new(() =>
        Analyser.Run(FactsBuilder.Build(DatasetLoader.Load(OuladFactAttribute.Directory).Dataset, new Definitions()), ShippedSettings.Analysis));

    [OuladFact]
    public void SegmentSizesMatchIndependentCount()
    {
        var segments = Results.Value.Segments;

        Assert.Equal(28_785, segments.TotalStudents);
        Assert.Equal(4_633, segments.StudentsWithExam);
        Assert.Equal(4_392, segments.TotalCompletions);
        Assert.Equal(
            ["no_exam_result", "top_performers", "early_mediocre", "failed_exams", "other_passers"],
            segments.Segments.Select(s => s.Id));
        Assert.Equal([24_152, 1_632, 923, 536, 1_542], segments.Segments.Select(s => s.Students));
        Assert.Equal([0, 1_786, 985, 0, 1_621], segments.Segments.Select(s => s.CoursesCompleted));
    }

    [OuladFact]
    public void FocusSegmentSharesMatchIndependentCount()
    {
        var focus = Results.Value.Segments.Focus!;

        Assert.Equal("early_mediocre", focus.Id);
        Assert.Equal(0.032065, focus.ShareOfStudents, 6);
        Assert.Equal(0.224271, focus.ShareOfCompletions, 6);
    }

    [OuladFact]
    public void FrequencyFallsBackToFixedLevels()
    {
        var frequency = Results.Value.Segments.Scales.Single(s => s.Metric == "frequency");

        // 4,069 students have F = 1, 28 have F = 0.5 and 536 have F = 0.
        Assert.Equal(Questions.Segments.ScaleMethod.FixedLevels, frequency.Method);
        Assert.Equal([536, 28, 4_069], frequency.Bins.Select(b => b.Students));
    }

    [OuladFact]
    public void CorrelationMatchesIndependentComputation()
    {
        var correlation = Results.Value.AssessmentForms.Correlation;

        Assert.Equal(4_959, correlation.EnrolmentsWithExam);
        Assert.Equal(4_955, correlation.Pairs);
        Assert.Equal(0.697890, correlation.Pearson!.Value, 6);
        Assert.Equal(0.712422, correlation.Spearman!.Value, 6);
        Assert.Equal(16, Results.Value.AssessmentForms.CoursesWithoutExamResults.Courses);
    }

    [OuladFact]
    public void ReportHtmlIsComplete()
    {
        var settings = new RenderSettings
        {
            Language = "ru",
            TemplatesDirectory = ShippedSettings.TemplatesDirectory,
            ReportDate = new DateOnly(2026, 12, 4),
        };

        var html = ReportRenderer.Load(settings).RenderHtml(Results.Value);

        // The report on the real data is larger than Scriban's default output limit of 1,048,576 characters.
        Assert.True(html.Length > 1_048_576, $"{html.Length} characters");
        Assert.Contains("id=\"segments\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"assessment-forms\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"recommendations\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }
}
