using System.Net;
using System.Text.RegularExpressions;
using EduReport.Analyse;
using EduReport.Check;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Periods;
using EduReport.Problems;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Render;

/// <summary>The change since the previous period in the report: its section, the summary tiles and the cover.</summary>
public sealed partial class PeriodComparisonRenderTests
{
    // SampleCourses, period 2014J: DDD 2014J against DDD 2013B. Registrations 3 against 2 (+1);
    // completion 2 of 2 against 1 of 2 (+50.0 pp); churn 1 of 3 against 0 of 2 (+33.3 pp);
    // mean exam score (45 + 40) / 2 = 42.5 against (70 + 20) / 2 = 45.0 (-2.5).

    [Fact]
    public void SectionShowsTotalsAndModules()
    {
        var parts = Render("2014J", "en");
        var section = Text(parts.AllSections.Single(s => s.Info.Name == "PeriodComparison").Html.Value);

        Assert.Contains("Against the previous presentations, the exam completion rate is 100.0% (↑ 50.0 pp, not tested) and churn is 33.3% (↑ 33.3 pp, not tested).", section, StringComparison.Ordinal);
        Assert.Contains("Each module is compared with its previous presentation: DDD with 2013B.", section, StringComparison.Ordinal);
        Assert.Contains("Registrations 2 3 ↑ 1", section, StringComparison.Ordinal);
        Assert.Contains("Exam completion rate 50.0% 100.0% ↑ 50.0 pp not tested", section, StringComparison.Ordinal);
        Assert.Contains("Mean exam score 45.0 42.5 ↓ 2.5 not tested", section, StringComparison.Ordinal);
        Assert.Contains("DDD 2013B → 2014J 3 ↑ 1 100.0% ↑ 50.0 pp 33.3% ↑ 33.3 pp 42.5 ↓ 2.5", section, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryTilesShowChanges()
    {
        var summary = Text(Render("2014J", "ru").Summary!.Html.Value);

        Assert.Contains("100,0 % попыток сдать экзамен успешны 2 из 2 ↑ 50,0 п. п.", summary, StringComparison.Ordinal);
        Assert.Contains("33,3 % записей на курсы закончились отпиской 1 из 3 ↑ 33,3 п. п.", summary, StringComparison.Ordinal);
        Assert.Contains("3 записи на курсы ↑ 1", summary, StringComparison.Ordinal);
        Assert.Contains("Каждый модуль сравнивается со своим предыдущим семестром: DDD — с 2013B.", summary, StringComparison.Ordinal);
        Assert.Contains("По сравнению с предыдущими семестрами доля сдачи экзаменов составила 100,0 %", summary, StringComparison.Ordinal);
    }

    [Theory]
    // DDD 2014J is one course, as DDD 2013B was, so the courses tile reads as no change instead of a bare 0.
    [InlineData("ru", "1 курс 1 модуль, 1 семестр без изменений")]
    [InlineData("en", "1 course 1 module, 1 presentation no change")]
    public void UnchangedCourseCountReadsNoChange(string language, string tile)
    {
        var summary = Text(Render("2014J", language).Summary!.Html.Value);

        Assert.Contains(tile, summary, StringComparison.Ordinal);
    }

    [Fact]
    public void CoverNamesOnePresentation()
    {
        var html = Render("2014J", "ru").Html;
        var cover = Text(html[html.IndexOf("<header class=\"cover\">", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)]);

        Assert.Contains("Семестр 2014J", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("Семестры", cover, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all", "en", "The report covers every presentation in the data (2013B to 2014J), so there is no earlier period to compare it with.")]
    [InlineData("2013B", "en", "No module of this period has an earlier presentation in the data: this is the first period, and there is nothing to compare it with.")]
    [InlineData("all", "ru", "Отчёт охватывает все семестры в данных (с 2013B по 2014J), поэтому сравнивать его не с чем.")]
    public void NothingToCompareIsSaid(string period, string language, string sentence)
    {
        var parts = Render(period, language);

        // The summary states why, and the section, which would have nothing else to show, is left out of the report and its contents.
        Assert.Contains(sentence, Text(parts.Summary!.Html.Value), StringComparison.Ordinal);
        Assert.DoesNotContain("kpi-delta", parts.Summary.Html.Value, StringComparison.Ordinal);
        Assert.Equal(string.Empty, parts.AllSections.Single(s => s.Info.Name == "PeriodComparison").Html.Value);
        Assert.DoesNotContain("href=\"#period-comparison\"", parts.Html, StringComparison.Ordinal);
    }

    private static RenderedReport Render(string period, string language)
    {
        using var fixture = SampleCourses.Create();
        var check = DataChecker.Run(DatasetLoader.Load(fixture.Write()).Dataset, new ProblemLog());
        var facts = PeriodFacts.Build(check.Dataset, PeriodSelector.Select(period, check.Dataset), new Definitions());
        var results = Analyser.Run(facts, check, ShippedSettings.Analysis);
        var renderer = ReportRenderer.Load(new RenderSettings
        {
            Language = language,
            TemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
            ReportDate = new DateOnly(2026, 12, 4),
        });
        return renderer.Render(results, renderer.RenderCharts(results));
    }

    /// <summary>Returns the text of HTML: tags dropped, entities decoded and white space collapsed, so that table cells read as words.</summary>
    private static string Text(string html) =>
        Space().Replace(WebUtility.HtmlDecode(Tag().Replace(Svg().Replace(html, " "), " ")), " ");

    [GeneratedRegex(@"<svg\b[\s\S]*?</svg>")]
    private static partial Regex Svg();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
