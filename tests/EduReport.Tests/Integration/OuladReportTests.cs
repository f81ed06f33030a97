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
    [OuladFact]
    public void RussianReportHasEveryPart() => AssertReport("ru", ["28 785", "32 593", "22"], ["Краткие выводы", "Содержание", "Данные и определения", "Студенты, сдавшие ровно один курс", "Приложение"]);

    [OuladFact]
    public void EnglishReportHasEveryPart() => AssertReport("en", ["28,785", "32,593", "22"], ["Executive summary", "Contents", "Data and definitions", "Students who passed exactly one course", "Appendix"]);

    private static void AssertReport(string language, string[] tiles, string[] headings)
    {
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", OuladFactAttribute.Directory, "--out", output.Path, "--lang", language, "--date", "2026-12-04", "--organisation", "Open University"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = WebUtility.HtmlDecode(File.ReadAllText(output.File("report.html"))).Replace('\u00A0', ' ');
        Assert.Equal(tiles, KpiValue().Matches(html).Select(m => m.Groups[1].Value).Take(3));
        Assert.Contains("2013B", html, StringComparison.Ordinal);
        Assert.Contains("2014J", html, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(output.File("report.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToArray();
        Assert.All(headings, heading => Assert.Contains(heading, titles));
        var fonts = ProcessResult.Tool("pdffonts", output.File("report.pdf")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        Assert.All(fonts, line => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line));
        Assert.Contains(ReportCommandTests.PdfText(output.File("report.pdf")).Split('\f'), page => page.Contains(headings[1], StringComparison.Ordinal) && Regex.IsMatch(page, Regex.Escape(headings[^1]) + @"\s+\d+"));
    }

    [GeneratedRegex("<div class=\"kpi-value\">([^<]*)</div>")]
    private static partial Regex KpiValue();
}
