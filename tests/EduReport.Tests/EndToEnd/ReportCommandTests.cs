using EduReport.Tests.Support;
using UglyToad.PdfPig;

namespace EduReport.Tests.EndToEnd;

/// <summary>Runs the edureport program as a child process and prints real PDFs with the system Chromium.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void WritesHtmlPdfAndJson()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--lang", "ru", "--date", "2026-12-04"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(output.File("report.html")));
        Assert.True(File.Exists(output.File("results.json")));
        var text = PdfText(output.File("report.pdf"));
        Assert.Contains("Студенты, сдавшие ровно один курс", text, StringComparison.Ordinal);
        Assert.Contains("Данные и определения", text, StringComparison.Ordinal);
        Assert.Contains("Страница 2 из", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfHasOutlineFromHeadings()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--lang", "en"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var pdf = PdfDocument.Open(output.File("report.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToArray();
        Assert.Contains("Data and definitions", titles);
        Assert.Contains("Students who passed exactly one course", titles);
    }

    [Fact]
    public void NoSystemFontsStillPrintsText()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        var emptyFontConfig = output.Write("empty-fonts.conf", "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");

        // With this file, neither Chromium nor SkiaSharp finds any system font.
        var run = CliProcess.Run(
            ["report", "--data", fixture.Write(), "--out", output.File("report"), "--lang", "ru"],
            new Dictionary<string, string?> { ["FONTCONFIG_FILE"] = emptyFontConfig });

        Assert.True(run.ExitCode == 0, run.ToString());
        var pdfPath = Path.Combine(output.File("report"), "report.pdf");
        var text = PdfText(pdfPath);
        Assert.Contains("Студенты, сдавшие ровно один курс", text, StringComparison.Ordinal);
        Assert.Contains("Сдано курсов", text, StringComparison.Ordinal);
        Assert.Contains("Страница 2 из", text, StringComparison.Ordinal);
        var fonts = ProcessResult.Tool("pdffonts", pdfPath);
        Assert.Contains("NotoSans-Regular", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain("DejaVu", fonts, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlOnlyNeedsNoChromium()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(
            ["report", "--data", fixture.Write(), "--out", output.Path, "--format", "html", "--chromium", "/nonexistent/chromium"],
            new Dictionary<string, string?> { ["PUPPETEER_EXECUTABLE_PATH"] = "/nonexistent/chromium" });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(output.File("report.html")));
        Assert.False(File.Exists(output.File("report.pdf")));
    }

    [Fact]
    public void MissingChromiumSaysHowToInstall()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--lang", "en", "--chromium", "/nonexistent/chromium"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("apt-get install chromium", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output.File("report.html")));
    }

    [Theory]
    [InlineData("exits")]
    [InlineData("not-executable")]
    public void ChromiumThatCannotStartKeepsPreviousReport(string kind)
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        var data = fixture.Write();
        var first = CliProcess.Run(["report", "--data", data, "--out", output.Path, "--format", "html"]);
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = File.ReadAllBytes(output.File("report.html"));
        var chromium = kind == "exits" ? "/bin/false" : output.Write("chromium.txt", "not a program\n");

        var run = CliProcess.Run(["report", "--data", data, "--out", output.Path, "--format", "html,pdf", "--lang", "ru", "--chromium", chromium]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains($"Не удалось запустить Chromium {chromium}", run.Error, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(output.File("report.html")));
        Assert.False(File.Exists(output.File("report.pdf")));
    }

    [Fact]
    public void MissingDataFolderExitsWithDataError()
    {
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", output.File("nowhere"), "--out", output.Path, "--lang", "en"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "cannot be created or written to", "Loading data")]
    [InlineData("ru", "Не удаётся создать папку вывода", "Загрузка данных")]
    public void UnwritableOutputFailsBeforeAnalysis(string language, string expected, string loadingStage)
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        var blocker = output.Write("taken", "a file where the output folder should be");

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", Path.Combine(blocker, "out"), "--format", "html", "--lang", language]);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(loadingStage, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOptionExitsWithUsageError()
    {
        var run = CliProcess.Run(["report", "--data", ".", "--colour", "blue"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedRunKeepsPreviousReport()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        using var templates = new TempDirectory();
        var data = fixture.Write();
        var first = CliProcess.Run(["report", "--data", data, "--out", output.Path, "--format", "html"]);
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = File.ReadAllBytes(output.File("report.html"));
        CopyTemplates(templates.Path);
        File.AppendAllText(Path.Combine(templates.Path, "sections", "SingleCoursePassers.sbn-html"), "{{ if }}\n");

        var second = CliProcess.Run(["report", "--data", data, "--out", output.Path, "--format", "html", "--templates", templates.Path]);

        Assert.Equal(3, second.ExitCode);
        Assert.Contains("SingleCoursePassers.sbn-html(", second.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(output.File("report.html")));
        Assert.Empty(Directory.GetFiles(output.Path, "*.tmp"));
    }

    [Fact]
    public void HelpIsRussianWithRussianLanguage()
    {
        var run = CliProcess.Run(["report", "--help", "--lang", "ru"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Папка с файлами courses.csv", run.Output, StringComparison.Ordinal);
        Assert.Contains("Использование", run.Output, StringComparison.Ordinal);
    }

    internal static string PdfText(string path) => ProcessResult.Tool("pdftotext", "-layout", path, "-");

    internal static void CopyTemplates(string target)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "templates");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
