using System.Text.RegularExpressions;
using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Render;

public sealed partial class ReportRendererTests
{
    private static string TemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    [Theory]
    [InlineData("ru", "Студенты, сдавшие ровно один курс", "Ровно один курс сдали 3 студента")]
    [InlineData("en", "Students who passed exactly one course", "3 students passed exactly one course")]
    public void HtmlContainsAnswerAndChart(string language, string title, string lead)
    {
        var html = Render(SampleCourses.Create(), language);

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(lead, html, StringComparison.Ordinal);
        Assert.Matches(SvgChart(), html);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlLoadsNothingFromTheNetwork()
    {
        // SVG namespace declarations name a URI but load nothing, so they are left out of the check.
        var html = XmlNamespace().Replace(Render(SampleCourses.Create(), "en"), string.Empty);

        Assert.DoesNotMatch(RemoteReference(), html);
        Assert.DoesNotMatch(NonDataSource(), html);
        Assert.Contains("src:url(data:font/ttf;base64,", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DataValuesAreEscaped()
    {
        var html = Render(SampleCourses.Create(presentation: "<b>2014J</b>"), "en");

        Assert.DoesNotContain("<b>2014J</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;2014J&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SameInputGivesSameHtml()
    {
        var first = Render(SampleCourses.Create(), "ru");
        var second = Render(SampleCourses.Create(), "ru");

        Assert.Equal(first, second);
    }

    internal static string Render(OuladFixture fixture, string language)
    {
        using (fixture)
        {
            var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());
            var settings = new RenderSettings
            {
                Language = language,
                TemplatesDirectory = TemplatesDirectory,
                ReportDate = new DateOnly(2026, 12, 4),
            };
            return ReportRenderer.Load(settings).RenderHtml(Analyser.Run(facts, ShippedSettings.Analysis));
        }
    }

    [GeneratedRegex(@"<svg[^>]*viewBox=""0 0 \d+ \d+""[\s\S]*?</svg>")]
    private static partial Regex SvgChart();

    [GeneratedRegex(@"(?i)(https?:|ftp:|//[a-z0-9.-]+\.[a-z]{2,}/|@import)")]
    private static partial Regex RemoteReference();

    [GeneratedRegex(@"xmlns(:\w+)?=""http://www\.w3\.org/[^""]*""")]
    private static partial Regex XmlNamespace();

    [GeneratedRegex(@"(?i)(src|href)\s*=\s*[""'](?!data:|#)")]
    private static partial Regex NonDataSource();
}
