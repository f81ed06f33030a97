using System.Net;
using System.Text.RegularExpressions;
using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Render;

/// <summary>The findings that open each section and the executive summary that gathers them, on the SampleCourses fixture with coursework.</summary>
public sealed partial class ExecutiveSummaryTests
{
    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public void EverySectionOpensWithOneSentenceFinding(string language)
    {
        var report = Render(language);

        // A section that prints nothing, such as the change since the previous period of a report on all
        // the data, has no finding either.
        foreach (var section in report.Sections.Where(s => s.Html.Value.Trim().Length > 0))
        {
            var finding = section.Info.Finding;
            Assert.True(finding is not null, $"{section.Info.Name} has no finding.");
            var text = WebUtility.HtmlDecode(finding.Value);
            Assert.Matches(@"^\S.*[.!?]$", text);
            // One sentence: no full stop followed by a new sentence inside it.
            Assert.DoesNotMatch(@"[.!?] \p{Lu}", text);
            Assert.Matches($"<h2>[^<]*</h2>\\s*<p class=\"lead\">{Regex.Escape(finding.Value)}</p>", section.Html.Value);
        }
    }

    [Theory]
    // WithCoursework has no computer-marked assessment, so the sentence states that its scores are
    // missing instead of printing a dash where the median would be.
    [InlineData("en", "30.0% of submissions are late, and the median exam score is 42.5, against 57.5 in tutor-marked assessments (there are no scores in computer-marked assessments).")]
    [InlineData("ru", "30,0 % работ сданы с опозданием, а медианный балл на экзаменах — 42,5, против 57,5 в заданиях с проверкой преподавателем (оценок нет в компьютерных тестах).")]
    public void MissingMedianIsNamedNotDashed(string language, string expected)
    {
        var finding = Render(language).Sections.Single(s => s.Info.Name == "Distributions").Info.Finding!.Value;

        Assert.Equal(expected, WebUtility.HtmlDecode(finding).Replace('\u00A0', ' '));
    }

    [Theory]
    // WithCoursework has 6 students, 6 registrations and 3 courses. Of the exam attempts 70, 20, 45
    // and 40, three pass. Student 5 unregistered: 1 of 6 registrations. EEE 2014J, 1 of 3 courses, has no exam result.
    [InlineData("ru", new[] { "6", "6", "3", "75,0 %", "16,7 %", "33,3 %" })]
    [InlineData("en", new[] { "6", "6", "3", "75.0%", "16.7%", "33.3%" })]
    public void SummaryHasSixTiles(string language, string[] values)
    {
        var summary = Summary(language);

        Assert.Equal(values, KpiValue().Matches(summary).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void SummaryListsMainFindingsAndRecommendations()
    {
        var report = Render("en");
        var summary = Summary(report);

        // The five main sections, in report order, each with a link to its section.
        var links = FindingLink().Matches(summary).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["exam-difficulty", "popularity", "distributions", "segments", "assessment-forms"], links);
        foreach (var name in new[] { "ExamDifficulty", "Popularity", "Distributions", "Segments", "AssessmentForms" })
        {
            var finding = report.Sections.Single(s => s.Info.Name == name).Info.Finding!.Value;
            Assert.Contains(finding, summary, StringComparison.Ordinal);
        }

        // Two rules fire on the fixture: late TMA work (students 2, 4 and 6) and the course without exam results (student 6).
        Assert.Contains("<strong>Look into late TMA submissions</strong> <span class=\"see\">(3 students)</span>", summary, StringComparison.Ordinal);
        Assert.Contains("<strong>Record exam results for the courses that have none</strong> <span class=\"see\">(1 student)</span>", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendationWithoutTitleTemplateShowsShortName()
    {
        using var templates = new TemplateCopy();
        File.Delete(Path.Combine(templates.Path, "sections", "recommendations", "late_coursework.title.sbn-html"));

        var summary = Summary(Render("en", templates.Path));

        Assert.Contains("<strong>Late coursework</strong> <span class=\"see\">(3 students)</span>", summary, StringComparison.Ordinal);
    }

    private static string Summary(string language) => Summary(Render(language));

    private static string Summary(RenderedReport report) => WebUtility.HtmlDecode(report.Summary!.Html.Value).Replace('\u00A0', ' ');

    private static RenderedReport Render(string language, string? templatesDirectory = null)
    {
        using var fixture = SampleCourses.WithCoursework();
        var results = Analyser.Run(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()), ShippedSettings.Analysis);
        var renderer = ReportRenderer.Load(new RenderSettings
        {
            Language = language,
            TemplatesDirectory = templatesDirectory ?? Path.Combine(AppContext.BaseDirectory, "templates"),
            ReportDate = new DateOnly(2026, 12, 4),
        });
        return renderer.Render(results, renderer.RenderCharts(results));
    }

    [GeneratedRegex("<div class=\"kpi-value\">([^<]*)</div>")]
    private static partial Regex KpiValue();

    [GeneratedRegex("<li>[^<]*<a class=\"see\" href=\"#([a-z-]+)\"")]
    private static partial Regex FindingLink();
}
