using System.Text.RegularExpressions;
using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Questions.Recommendations;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Render;

public sealed partial class RecommendationsRenderTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void SectionListsOnlyFiredRules(string language)
    {
        // The sample courses plus EEE 2014J, which has no exam results: that rule fires, and the
        // coursework rules stay silent because there is no coursework.
        using var fixture = SampleCourses.Create().Course("EEE", "2014J").Registration("EEE", "2014J", 6);
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());
        var results = Analyser.Run(facts, ShippedSettings.Analysis);
        var settings = new RenderSettings { Language = language, TemplatesDirectory = ShippedSettings.TemplatesDirectory, ReportDate = new DateOnly(2026, 12, 4) };
        var renderer = ReportRenderer.Load(settings);

        var html = renderer.RenderHtml(results);
        // The section alone: the appendix after it repeats segment names in its chart data.
        var start = html.IndexOf("id=\"recommendations\"", StringComparison.Ordinal);
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];

        Assert.Contains(results.Recommendations.Checks, c => c.Fired);
        Assert.Contains(results.Recommendations.Checks, c => !c.Fired);
        foreach (var check in results.Recommendations.Checks)
        {
            var text = System.Net.WebUtility.HtmlEncode(renderer.Strings.Get($"sections.recommendations.rules.{check.Rule}.short"));
            Assert.True(section.Contains(text, StringComparison.Ordinal) == check.Fired, $"{check.Rule}: fired {check.Fired}");
        }
    }

    [Theory]
    [InlineData("en", "has no exam results, so none of the 1 student registered on it can complete it: EEE 2014J.")]
    [InlineData("ru", "не имеет результатов экзамена, поэтому ни один из 1 студента, записавшегося на него, не может его завершить: EEE 2014J.")]
    public void OneCourseWithoutExamResultsAgreesInNumber(string language, string expected)
    {
        // EEE 2014J is the one course without exam results, and student 6 the one registered on it.
        using var fixture = SampleCourses.Create().Course("EEE", "2014J").Registration("EEE", "2014J", 6);

        var html = ReportRendererTests.Render(fixture, language);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Student segments", "Assessment forms", "Recommendations")]
    [InlineData("ru", "Сегменты студентов", "Формы контроля", "Рекомендации")]
    public void NewSectionsFollowExistingOnes(string language, string segments, string forms, string recommendations)
    {
        var html = ReportRendererTests.Render(SampleCourses.Create(), language);

        var order = new[] { segments, forms, recommendations }.Select(title => html.IndexOf($"<h2>{title}</h2>", StringComparison.Ordinal)).ToArray();
        Assert.All(order, position => Assert.True(position > html.IndexOf("id=\"single-course-passers\"", StringComparison.Ordinal)));
        Assert.Equal(order.Order(), order);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void ResultRulesMatchGoldenFile(string language)
    {
        // The hand-made results on which the rules over exams, churn, courses, semesters and data
        // quality all fire, so that the golden file pins the text of each in both languages.
        var analysed = ResultRulesTests.AllRulesFire();
        var results = analysed with { Recommendations = RecommendationEngine.Run(analysed, ShippedSettings.Analysis.Recommendations) };
        var settings = new RenderSettings { Language = language, TemplatesDirectory = ShippedSettings.TemplatesDirectory, ReportDate = new DateOnly(2026, 12, 4) };
        var renderer = ReportRenderer.Load(settings);

        var section = renderer.Render(results, renderer.RenderCharts(results)).AllSections.Single(s => s.Info.Name == "Recommendations");

        GoldenFile.AssertMatches($"Recommendations/ResultRules.{language}.html", Svg().Replace(section.Html.Value, "<svg><!-- chart --></svg>"));
    }

    [Fact]
    public void CommentaryIsSplitIntoParagraphs()
    {
        Assert.Equal(["a b", "c"], ReportModel.Paragraphs("a\r\nb\r\n\r\n\r\n  c  \n"));
        Assert.Empty(ReportModel.Paragraphs("  \n "));
        Assert.Empty(ReportModel.Paragraphs(null));
    }

    [GeneratedRegex(@"<svg\b[\s\S]*?</svg>")]
    private static partial Regex Svg();
}
