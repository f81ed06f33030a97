using System.Text;
using EduReport.Deliver;
using EduReport.Tests.Support;

namespace EduReport.Tests.Deliver;

public sealed class OutputWriterTests
{
    [Fact]
    public void WritesEveryFileAndNoTemporaries()
    {
        using var folder = new TempDirectory();
        folder.Write("report.html", "old");

        var written = OutputWriter.WriteAll(folder.Path, [File("results.json", "new results"), File("report.html", "new html")]);

        Assert.Equal([folder.File("results.json"), folder.File("report.html")], written);
        Assert.Equal("new results", System.IO.File.ReadAllText(folder.File("results.json")));
        Assert.Equal("new html", System.IO.File.ReadAllText(folder.File("report.html")));
        Assert.Equal(["report.html", "results.json"], Names(folder.Path));
    }

    [Fact]
    public void FailedRenameKeepsPreviousFiles()
    {
        using var folder = new TempDirectory();
        folder.Write("results.json", "old results");
        folder.Write("report.html", "old html");

        // A folder where the PDF should go makes the third rename fail after two files were replaced.
        folder.Write("report.pdf/keep.txt", "in the way");

        var error = Assert.Throws<DeliveryException>(() => OutputWriter.WriteAll(
            folder.Path,
            [File("results.json", "new results"), File("report.html", "new html"), File("report.pdf", "new pdf")]));

        Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
        Assert.Equal("old results", System.IO.File.ReadAllText(folder.File("results.json")));
        Assert.Equal("old html", System.IO.File.ReadAllText(folder.File("report.html")));
        Assert.Equal(["report.html", "report.pdf", "results.json"], Names(folder.Path));
    }

    [Fact]
    public void FailedRenameRemovesNewFiles()
    {
        using var folder = new TempDirectory();
        folder.Write("results.json", "old results");
        folder.Write("report.pdf/keep.txt", "in the way");

        Assert.Throws<DeliveryException>(() => OutputWriter.WriteAll(
            folder.Path,
            [File("results.json", "new results"), File("report.html", "new html"), File("report.pdf", "new pdf")]));

        // report.html did not exist before the run, so it does not exist after the failed run either.
        Assert.Equal(["report.pdf", "results.json"], Names(folder.Path));
        Assert.Equal("old results", System.IO.File.ReadAllText(folder.File("results.json")));
    }

    [Fact]
    public void FailedWriteKeepsPreviousFiles()
    {
        using var folder = new TempDirectory();
        folder.Write("results.json", "old results");

        // The second file's folder does not exist, so writing its temporary file fails before any rename.
        Assert.Throws<DeliveryException>(() => OutputWriter.WriteAll(
            folder.Path,
            [File("results.json", "new results"), File("missing/report.html", "new html")]));

        Assert.Equal("old results", System.IO.File.ReadAllText(folder.File("results.json")));
        Assert.Equal(["results.json"], Names(folder.Path));
    }

    [Fact]
    public void WritableCheckLeavesNoTrace()
    {
        using var folder = new TempDirectory();
        folder.Write("report.html", "old");

        OutputWriter.CheckWritable(folder.Path);
        OutputWriter.CheckWritable(folder.File("new/nested"));

        Assert.Equal(["report.html"], Names(folder.Path));
    }

    [Fact]
    public void WritableCheckRejectsPathUnderFile()
    {
        using var folder = new TempDirectory();
        folder.Write("results.json", "old results");

        var error = Assert.Throws<DeliveryException>(() => OutputWriter.CheckWritable(folder.File("results.json/out")));

        Assert.Contains(folder.File("results.json/out"), error.Message, StringComparison.Ordinal);
        Assert.Equal(["results.json"], Names(folder.Path));
    }

    private static OutputFile File(string name, string content) => new(name, Encoding.UTF8.GetBytes(content));

    /// <summary>Returns the names in <paramref name="folder"/>, so that a leftover .tmp or .bak file fails the test.</summary>
    private static string[] Names(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
