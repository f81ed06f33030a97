using System.Text.Json;
using System.Text.Json.Nodes;
using EduReport.Tests.Support;

namespace EduReport.Tests.Deliver;

/// <summary>
/// A report folder, a configuration file that sends to a test SMTP server, and a way to run
/// edureport with them as a user would, as a child process. The report covers the latest presentation
/// of SampleCourses, DDD 2014J, and compares it with DDD 2013B.
/// </summary>
internal sealed class EmailRun : IDisposable
{
    private readonly OuladFixture _fixture = SampleCourses.Create();

    public EmailRun(int port, Action<JsonObject>? configure = null)
    {
        Config = new JsonObject
        {
            ["title"] = "Отчёт об обучении",
            ["language"] = "ru",
            ["period"] = "latest",
            ["dataFolder"] = _fixture.Write(),
            ["outputFolder"] = Folder.File("out"),
            ["email"] = new JsonObject
            {
                ["host"] = "127.0.0.1",
                ["port"] = port,
                ["tls"] = "none",
                ["from"] = "EduReport <reports@example.org>",
                ["to"] = new JsonArray("director@example.org", "Анна Иванова <anna@example.org>"),
                ["cc"] = new JsonArray("dean@example.org"),
                ["bcc"] = new JsonArray("archive@example.org"),
                ["retries"] = 2,
                ["retryDelaySeconds"] = 0.2,
                ["timeoutSeconds"] = 20,
            },
        };
        configure?.Invoke(Config);
    }

    public TempDirectory Folder { get; } = new();

    public JsonObject Config { get; }

    public JsonObject Email => Config["email"]!.AsObject();

    public string OutputFolder => Folder.File("out");

    public string ConfigFile => Folder.File("edureport.json");

    public ProcessResult Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        Folder.Write("edureport.json", Config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var variables = new Dictionary<string, string?> { ["EDUREPORT_SMTP_PASSWORD"] = null };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return CliProcess.Run([.. arguments, "--config", ConfigFile], variables);
    }

    public string OutputFile(string name) => Path.Combine(OutputFolder, name);

    public void Dispose()
    {
        _fixture.Dispose();
        Folder.Dispose();
    }
}
