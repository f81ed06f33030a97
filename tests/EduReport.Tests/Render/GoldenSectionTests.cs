using System.Text.RegularExpressions;
using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Render;

/// <summary>
/// Pins each section's HTML for the SampleCourses fixture with coursework, which has data for every
/// section and chart, in both languages, in tests/EduReport.Tests/Golden.
/// Every section in <see cref="ReportRenderer.DefaultSections"/> is covered without a change here; its
/// golden file is written on the first local run. Chart SVG is replaced by a placeholder, because its
/// coordinates depend on ScottPlot's version; the chart tests check the SVG itself.
/// </summary>
public sealed partial class GoldenSectionTests
{
    public static TheoryData<string, string> Sections()
    {
        var data = new TheoryData<string, string>();
        var names = ReportRenderer.DefaultSections.Prepend(ReportRenderer.SummarySection).Append(ReportRenderer.AppendixSection);
        foreach (var name in names)
        {
            data.Add(name, "ru");
            data.Add(name, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void SectionHtmlMatchesGoldenFile(string section, string language)
    {
        var rendered = Render(language).AllSections.Single(s => s.Info.Name == section);

        GoldenFile.AssertMatches($"{section}.{language}.html", WithoutChartSvg(rendered.Html.Value));
    }

    [Fact]
    public void EverySectionHasGoldenFiles()
    {
        // A golden file whose section was removed or renamed would go stale without failing anything.
        var expected = Sections().Select(row => $"{row[0]}.{row[1]}.html").Order(StringComparer.Ordinal);
        string[] present = Directory.Exists(GoldenFile.Directory)
            ? [.. Directory.EnumerateFiles(GoldenFile.Directory, "*.html").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];

        Assert.Equal(expected, present);
    }

    private static RenderedReport Render(string language)
    {
        using var fixture = SampleCourses.WithCoursework();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());
        var renderer = ReportRenderer.Load(new RenderSettings
        {
            Language = language,
            TemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
            ReportDate = new DateOnly(2026, 12, 4),
            Organisation = "Open University",
            DataSource = "OULAD, CC BY 4.0",
        });
        var results = Analyser.Run(facts, ShippedSettings.Analysis);
        return renderer.Render(results, renderer.RenderCharts(results));
    }

    private static string WithoutChartSvg(string html) => Svg().Replace(html, "<svg><!-- chart --></svg>");

    [GeneratedRegex(@"<svg\b[\s\S]*?</svg>")]
    private static partial Regex Svg();
}
