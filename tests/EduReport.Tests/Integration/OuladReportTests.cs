using System.Net;
using System.Text.RegularExpressions;
using EduReport.Tests.EndToEnd;
using EduReport.Tests.Support;
using UglyToad.PdfPig;

namespace EduReport.Tests.Integration;

/// <summary>
/// The full report on the real OULAD tables, in both languages. The figures were checked with
/// docs/verification/cover_and_kpis.py, which reads the CSV files with Python's csv module.
/// </summary>
public sealed partial class OuladReportTests
{
    // Exam completion 4,392 of 4,959 attempts, churn 10,072 of 32,593 registrations, 16 of 22 courses without exam results.
    [OuladFact]
    public void RussianReportHasEveryPart() => AssertReport(
        "ru",
        ["28 785", "32 593", "22", "88,6 %", "30,9 %", "72,7 %"],
        ["Краткие выводы", "Содержание", "Данные и определения", "Качество данных", "Студенты, сдавшие ровно один курс", "Самый трудный и самый лёгкий экзамен", "Когда студенты сдают курс", "Популярные модули и отток", "Сравнение семестров", "Сравнение курсов", "Распределения", "Сегменты студентов", "Формы контроля", "Рекомендации", "Приложение"]);

    [OuladFact]
    public void EnglishReportHasEveryPart() => AssertReport(
        "en",
        ["28,785", "32,593", "22", "88.6%", "30.9%", "72.7%"],
        ["Executive summary", "Contents", "Data and definitions", "Data quality", "Students who passed exactly one course", "The hardest and the easiest exam", "When students pass", "Popular modules and churn", "Presentations compared", "Courses compared", "Distributions", "Student segments", "Assessment forms", "Recommendations", "Appendix"]);

    private static void AssertReport(string language, string[] tiles, string[] headings)
    {
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", OuladFactAttribute.Directory, "--out", output.Path, "--lang", language, "--date", "2026-12-04", "--organisation", "Open University"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = WebUtility.HtmlDecode(File.ReadAllText(output.File("report.html"))).Replace('\u00A0', ' ');
        Assert.Equal(tiles, KpiValue().Matches(html).Select(m => m.Groups[1].Value).Take(6));
        // Every section opens with its finding, and the summary lists five of them.
        Assert.Equal(headings.Length - 3, Lead().Count(html));
        Assert.Equal(5, FindingItem().Count(html));
        Assert.Contains("2013B", html, StringComparison.Ordinal);
        Assert.Contains("2014J", html, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(output.File("report.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().ToArray();
        Assert.All(headings, heading => Assert.Contains(heading, nodes.Select(n => n.Title)));
        // The summary fits on its one page, before the contents.
        int PageOf(string title) => nodes.Where(n => n.Title == title).OrderBy(n => n.Level).First().PageNumber;
        Assert.Equal(2, PageOf(headings[0]));
        Assert.Equal(3, PageOf(headings[1]));
        var fonts = ProcessResult.Tool("pdffonts", output.File("report.pdf")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        Assert.All(fonts, line => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line));
        Assert.Contains(ReportCommandTests.PdfText(output.File("report.pdf")).Split('\f'), page => page.Contains(headings[1], StringComparison.Ordinal) && Regex.IsMatch(page, Regex.Escape(headings[^1]) + @"\s+\d+"));
    }

    [GeneratedRegex("<div class=\"kpi-value\">([^<]*)</div>")]
    private static partial Regex KpiValue();

    [GeneratedRegex("<h2>[^<]*</h2>\\s*<p class=\"lead\">[^<\\s]")]
    private static partial Regex Lead();

    [GeneratedRegex("<li>[^<]*<a class=\"see\"")]
    private static partial Regex FindingItem();
}
