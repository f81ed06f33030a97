using System.Diagnostics;
using System.Text.RegularExpressions;
using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Render;
using EduReport.Render.Pdf;
using EduReport.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace EduReport.Tests.EndToEnd;

/// <summary>The printed PDF: page furniture, metadata, outline, fonts and long tables, checked with poppler and PdfPig.</summary>
public sealed partial class PdfQualityTests
{
    [Fact]
    public void PdfHasMetadataHeaderAndA4Pages()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--lang", "ru", "--organisation", "Открытый университет", "--date", "2026-12-04"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var pdfPath = output.File("report.pdf");
        var info = ProcessResult.Tool("pdfinfo", pdfPath);
        Assert.Matches(@"Title:\s+Отчёт по аналитике онлайн-обучения", info);
        Assert.Matches(@"Author:\s+Открытый университет", info);
        Assert.Matches(@"Creator:\s+EduReport \d+\.\d+\.\d+\s*\n", info);
        // SampleCourses has presentations 2013B and 2014J.
        Assert.Matches(@"Subject:\s+с 2013B по 2014J", info);
        Assert.Contains("Page size:       595.92 x 841.92 pts (A4)", info, StringComparison.Ordinal);
        using (var pdf = PdfDocument.Open(pdfPath))
        {
            var language = pdf.Structure.Catalog.CatalogDictionary.Data["Lang"];
            Assert.Equal("ru", Assert.IsType<StringToken>(language).Data);
        }

        // The cover has neither the running header nor a page number; every other page has both,
        // numbered from the cover as page 1.
        var pages = ReportCommandTests.PdfText(pdfPath).Split('\f').Where(p => p.Trim().Length > 0).ToArray();
        var running = "Отчёт по аналитике онлайн-обучения · семестры с 2013B по 2014J";
        Assert.Contains("Открытый университет", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain(running, pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Страница", pages[0], StringComparison.Ordinal);
        for (var i = 1; i < pages.Length; i++)
        {
            Assert.Contains(running, pages[i], StringComparison.Ordinal);
            Assert.Contains($"Страница {i + 1} из {pages.Length}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PdfHasOutlineAndEmbedsEveryFont()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--lang", "en"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var pdfPath = output.File("report.pdf");
        using (var pdf = PdfDocument.Open(pdfPath))
        {
            Assert.True(pdf.TryGetBookmarks(out var bookmarks));
            var titles = bookmarks.GetNodes().Select(n => n.Title).ToArray();
            foreach (var heading in new[] { "Executive summary", "Contents", "Data and definitions", "Students who passed exactly one course", "Appendix" })
            {
                Assert.Contains(heading, titles);
            }
        }

        // pdffonts prints two header lines, then one line per font whose "emb" column is yes or no.
        var fonts = ProcessResult.Tool("pdffonts", pdfPath).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(EmbeddedFont(), line));
    }

    [Fact]
    public void ContentsListPrintedPages()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--lang", "en"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var pdfPath = Path.Combine(output.File("out"), "report.pdf");
        Dictionary<string, int> headingPages;
        using (var pdf = PdfDocument.Open(pdfPath))
        {
            Assert.True(pdf.TryGetBookmarks(out var bookmarks));
            headingPages = bookmarks.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>()
                .GroupBy(n => n.Title).ToDictionary(g => g.Key, g => g.OrderBy(n => n.Level).First().PageNumber);
        }

        var contents = ReportCommandTests.PdfText(pdfPath).Split('\f').Single(p => p.Contains("Contents", StringComparison.Ordinal));
        // The summary lists the recommendations under a heading with the section's title, on an earlier page.
        string[] sections = ["Executive summary", "Data and definitions", "Students who passed exactly one course", "Recommendations", "Appendix"];
        foreach (var title in sections)
        {
            var line = Regex.Match(contents, Regex.Escape(title) + @"\s+(\d+)\s*$", RegexOptions.Multiline);
            Assert.True(line.Success, $"The contents have no page number for {title}:\n{contents}");
            Assert.Equal(headingPages[title], int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        // The HTML report is for the screen and has no page numbers.
        Assert.DoesNotContain("class=\"toc-page\"", File.ReadAllText(Path.Combine(output.File("out"), "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartIsNeverSplitFromItsCaption()
    {
        // Each section starts a page with a block of 130 to 180 mm, so that in some sections the chart
        // (about 85 mm high) fits on the page and its caption would not. A chart must then move to the
        // next page with its caption: every page with a caption also shows that chart's axis title.
        using var templates = new TemplateCopy();
        templates.Write("sections/ChartPlacement.sbn-html", """
            {{~ for step in 0..10; height = 130 + (step * 5) ~}}
            <section class="section" id="chart-placement-{{ height }}"><h2>Chart placement {{ height }}</h2>
            <p>filler-{{ height }} {{ delta 2.5 1 }} {{ delta (-1) 1 }}</p>
            <div style="height: {{ height }}mm"></div>
            {{ include "partials/chart" charts.single_course_passers ("caption-marker-" + height) }}
            </section>
            {{~ end ~}}
            """);

        var pages = await PrintPages(templates.Path, "ChartPlacement");

        var captionPages = pages.Where(p => p.Contains("caption-marker-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(11, captionPages.Length);
        Assert.All(captionPages, page => Assert.Contains("Courses passed", page, StringComparison.Ordinal));
        // The appendix repeats the axis title as the heading of the chart's data table.
        Assert.Equal(11, pages.Count(p => p.Contains("Courses passed", StringComparison.Ordinal) && !p.Contains("Chart data", StringComparison.Ordinal)));

        // The arrows of changes come from Noto Sans Math, the only bundled font that has them.
        var first = pages.First(p => p.Contains("filler-130", StringComparison.Ordinal)).Replace('\u00A0', ' ');
        Assert.Contains("↑ 2.5", first, StringComparison.Ordinal);
        Assert.Contains("↓ 1.0", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongTableRepeatsHeaderAndKeepsRowsWhole()
    {
        // 2,000 rows whose second cell wraps onto three lines; each row starts with "beginN" and ends with "finishN" (no hyphen, where a line could break).
        const int Rows = 2000;
        using var templates = new TemplateCopy();
        templates.Write("sections/LongTable.sbn-html", """
            {{~ rows = []; filler = "a cell long enough to wrap onto several lines of the printed table, so that a row split across two pages would put its start and its end on different pages, which the test detects" ~}}
            {{~ for i in 1..2000; rows[rows.size] = {n: i, text: "begin" + i + " " + filler + " finish" + i}; end ~}}
            <section class="section" id="long-table"><h2>Long table</h2>
            {{ include "partials/table" rows [{header: "Number", key: "n", format: "count"}, {header: "Description of the row", key: "text"}] }}
            </section>
            """);
        using var fixture = SampleCourses.Create();
        var results = Analyser.Run(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()), ShippedSettings.Analysis);
        var renderer = ReportRenderer.Load(new RenderSettings
        {
            Language = "en",
            TemplatesDirectory = templates.Path,
            ReportDate = new DateOnly(2026, 12, 4),
            Sections = ["LongTable"],
        });
        var html = renderer.RenderHtml(results);
        using var output = new TempDirectory();

        var clock = Stopwatch.StartNew();
        await using (var printer = await PdfPrinter.StartAsync(null, renderer.Fonts))
        {
            var pdf = await printer.PrintAsync(html, renderer.PdfPage(results));
            output.Write("long.pdf", pdf);
        }

        var pages = ReportCommandTests.PdfText(output.File("long.pdf")).Split('\f');
        var tablePages = pages.Where(p => p.Contains("begin", StringComparison.Ordinal)).ToArray();
        Assert.True(tablePages.Length > 20, $"The table fills {tablePages.Length} pages.");
        Assert.All(tablePages, page => Assert.Contains("Description of the row", page, StringComparison.Ordinal));
        var starts = tablePages.SelectMany(p => Marker("begin").Matches(p).Select(m => (Page: p, Row: m.Groups[1].Value))).ToArray();
        Assert.Equal(Rows, starts.Length);
        Assert.All(starts, s => Assert.Contains($"finish{s.Row}", s.Page, StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), $"Printing took {clock.Elapsed}.");
    }

    /// <summary>Renders the sample report with only <paramref name="section"/>, prints it and returns the text of each page.</summary>
    private static async Task<string[]> PrintPages(string templatesDirectory, string section)
    {
        using var fixture = SampleCourses.Create();
        var results = Analyser.Run(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()), ShippedSettings.Analysis);
        var renderer = ReportRenderer.Load(new RenderSettings
        {
            Language = "en",
            TemplatesDirectory = templatesDirectory,
            ReportDate = new DateOnly(2026, 12, 4),
            Sections = [section],
        });
        var html = renderer.RenderHtml(results);
        using var output = new TempDirectory();
        await using (var printer = await PdfPrinter.StartAsync(null, renderer.Fonts))
        {
            output.Write("report.pdf", await printer.PrintAsync(html, renderer.PdfPage(results)));
        }

        return ReportCommandTests.PdfText(output.File("report.pdf")).Split('\f');
    }

    private static Regex Marker(string name) => new(name + @"(\d+)\b");

    [GeneratedRegex(@"^\S+.*\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex EmbeddedFont();
}
