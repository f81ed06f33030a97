using System.IO.Compression;
using System.Text;
using EduReport.Fetch;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Tests.Fetch;

/// <summary>Downloads from a server on 127.0.0.1 that serves archives built by the test; no real host is contacted.</summary>
public sealed class OuladFetcherTests
{
    private static readonly Dictionary<string, string> Tables = new()
    {
        ["courses.csv"] = "\"code_module\",\"code_presentation\",\"module_presentation_length\"\r\n\"DDD\",\"2013B\",\"240\"\r\n",
        ["assessments.csv"] = "\"code_module\",\"code_presentation\",\"id_assessment\",\"assessment_type\",\"date\",\"weight\"\r\n\"DDD\",\"2013B\",\"1\",\"Exam\",\"\",\"100\"\r\n",
        ["studentAssessment.csv"] = "\"id_assessment\",\"id_student\",\"date_submitted\",\"is_banked\",\"score\"\r\n\"1\",\"11391\",\"240\",\"0\",\"78\"\r\n",
        ["studentRegistration.csv"] = "\"code_module\",\"code_presentation\",\"id_student\",\"date_registration\",\"date_unregistration\"\r\n\"DDD\",\"2013B\",\"11391\",\"-50\",\"\"\r\n",
        ["studentInfo.csv"] = "\"code_module\",\"id_student\"\r\n\"DDD\",\"11391\"\r\n",
    };

    private static readonly HttpClient Http = new();

    [Fact]
    public async Task ExtractsTheTablesOfTheArchive()
    {
        // The tables sit in a folder of the archive, beside a text file; they are extracted flat.
        using var server = new LocalHttpServer(Zip(Tables.Select(t => ("anonymisedData/" + t.Key, t.Value)).Append(("anonymisedData/readme.txt", "text"))));
        using var target = new TempDirectory();
        var reports = new List<DownloadProgress>();

        var files = await new OuladFetcher(Http).FetchAsync(server.Uri, target.Path, new SynchronousProgress(reports.Add));

        Assert.Equal(5, files.Count);
        Assert.Equal(Tables.Keys.Order(), Directory.GetFiles(target.Path).Select(Path.GetFileName).Order());
        Assert.Equal(Tables["courses.csv"], File.ReadAllText(target.File("courses.csv")));
        Assert.Equal(1, DatasetLoader.Load(target.Path).Dataset.Submissions.Count);
        Assert.Equal(server.Body.Length, reports[^1].Bytes);
        Assert.Equal(server.Body.Length, reports[^1].TotalBytes);
    }

    [Fact]
    public async Task RejectsAnEntryOutsideTheFolder()
    {
        using var parent = new TempDirectory();
        var target = Path.Combine(parent.Path, "data");
        using var server = new LocalHttpServer(Zip(Tables.Select(t => (t.Key, t.Value)).Append(("../evil.csv", "x"))));

        var error = await Assert.ThrowsAsync<DataException>(() => new OuladFetcher(Http).FetchAsync(server.Uri, target, null));

        Assert.Contains("../evil.csv", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(parent.Path, "evil.csv")));
        Assert.Empty(Directory.GetFiles(target));
    }

    [Fact]
    public async Task RejectsATruncatedDownload()
    {
        // The server announces the whole archive but closes the connection halfway.
        var body = Zip(Tables.Select(t => (t.Key, t.Value)));
        using var server = new LocalHttpServer(body) { CutAfter = body.Length / 2 };
        using var target = new TempDirectory();

        var error = await Assert.ThrowsAsync<DataException>(() => new OuladFetcher(Http).FetchAsync(server.Uri, target.Path, null));

        Assert.Contains(server.Uri.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(target.Path));
    }

    [Fact]
    public async Task RejectsAnIncompleteArchive()
    {
        // A server that serves only the first half of the archive, with a length that matches.
        var body = Zip(Tables.Select(t => (t.Key, t.Value)));
        using var server = new LocalHttpServer(body[..(body.Length / 2)]);
        using var target = new TempDirectory();

        var error = await Assert.ThrowsAsync<DataException>(() => new OuladFetcher(Http).FetchAsync(server.Uri, target.Path, null));

        Assert.Contains("zip", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(target.Path));
    }

    [Fact]
    public async Task RejectsAnArchiveWithoutTheTables()
    {
        using var server = new LocalHttpServer(Zip([("courses.csv", Tables["courses.csv"]), ("vle.csv", "x")]));
        using var target = new TempDirectory();

        var error = await Assert.ThrowsAsync<DataException>(() => new OuladFetcher(Http).FetchAsync(server.Uri, target.Path, null));

        Assert.Contains("assessments.csv, studentAssessment.csv, studentRegistration.csv", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(target.Path));
    }

    [Fact]
    public async Task ReportsAnHttpError()
    {
        using var server = new LocalHttpServer(Encoding.UTF8.GetBytes("not found"), statusCode: 404);
        using var target = new TempDirectory();

        var error = await Assert.ThrowsAsync<DataException>(() => new OuladFetcher(Http).FetchAsync(server.Uri, target.Path, null));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandExtractsAndPrintsTheFiles()
    {
        using var server = new LocalHttpServer(Zip(Tables.Select(t => (t.Key, t.Value))));
        using var target = new TempDirectory();

        var result = CliProcess.Run(["fetch", "oulad", "--out", target.Path, "--url", server.Uri.ToString()]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(target.File("studentAssessment.csv"), result.Output, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public void CommandExitsWithDataCodeOnZipSlip()
    {
        using var server = new LocalHttpServer(Zip(Tables.Select(t => (t.Key, t.Value)).Append(("sub/../../escape.csv", "x"))));
        using var parent = new TempDirectory();
        var target = Path.Combine(parent.Path, "data");

        var result = CliProcess.Run(["fetch", "oulad", "--out", target, "--url", server.Uri.ToString()]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sub/../../escape.csv", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(parent.Path, "escape.csv")));
    }

    private static byte[] Zip(IEnumerable<(string Name, string Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Reports progress on the calling thread, unlike <see cref="Progress{T}"/>, so that every report has arrived before the test asserts.</summary>
    private sealed class SynchronousProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
