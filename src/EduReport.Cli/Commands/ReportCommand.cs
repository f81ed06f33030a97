using System.CommandLine;
using System.Globalization;
using EduReport.Cli.Resources;
using EduReport.Pipeline;
using EduReport.Render;

namespace EduReport.Cli.Commands;

/// <summary><c>edureport report</c>: loads the data, analyses it and writes the report.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console, string language)
    {
        var data = new Option<DirectoryInfo>("--data") { Description = Messages.Option_Data, Required = true, HelpName = "DIR" };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = Messages.Option_Out,
            HelpName = "DIR",
            DefaultValueFactory = _ => new DirectoryInfo("output"),
        };
        var format = new Option<string>("--format")
        {
            Description = Messages.Option_Format,
            HelpName = "html,pdf",
            DefaultValueFactory = _ => "html,pdf",
        };
        var lang = new Option<string>("--lang") { Description = Messages.Option_Lang, HelpName = "ru|en", DefaultValueFactory = _ => language };
        lang.AcceptOnlyFromAmong([.. UiLanguage.Supported]);
        var templates = new Option<DirectoryInfo?>("--templates") { Description = Messages.Option_Templates, HelpName = "DIR" };
        var chromium = new Option<FileInfo?>("--chromium") { Description = Messages.Option_Chromium, HelpName = "PATH" };
        var title = new Option<string?>("--title") { Description = Messages.Option_Title, HelpName = "TEXT" };
        var organisation = new Option<string?>("--organisation") { Description = Messages.Option_Organisation, HelpName = "TEXT" };
        var source = new Option<string?>("--source") { Description = Messages.Option_Source, HelpName = "TEXT" };
        var date = new Option<string?>("--date") { Description = Messages.Option_Date, HelpName = "YYYY-MM-DD" };

        var command = new Command("report", Messages.Report_Description)
        {
            data, output, format, lang, templates, chromium, title, organisation, source, date,
        };
        var load = new LoadOptionsBinder();
        load.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var formats = ParseFormats(parse.GetValue(format)!);
            var options = new ReportJobOptions
            {
                DataDirectory = parse.GetValue(data)!.FullName,
                OutputDirectory = parse.GetValue(output)!.FullName,
                Formats = formats,
                Load = load.Bind(parse),
                ChromiumPath = parse.GetValue(chromium)?.FullName,
                Render = new RenderSettings
                {
                    Language = parse.GetValue(lang)!,
                    TemplatesDirectory = TemplateLocator.Find(parse.GetValue(templates)?.FullName),
                    Title = parse.GetValue(title),
                    Organisation = parse.GetValue(organisation),
                    DataSource = parse.GetValue(source),
                    ReportDate = ParseDate(parse.GetValue(date)),
                },
            };

            var job = new ReportJob();
            job.StageStarted += stage => console.Progress(StageText(stage));
            var result = await job.RunAsync(options, cancellationToken).ConfigureAwait(false);
            foreach (var file in result.Files)
            {
                console.Output.WriteLine(file);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static OutputFormat ParseFormats(string text)
    {
        var formats = OutputFormat.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToLowerInvariant() switch
            {
                "html" => OutputFormat.Html,
                "pdf" => OutputFormat.Pdf,
                _ => throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_InvalidFormat, part, "html, pdf")),
            };
        }

        return formats == OutputFormat.None
            ? throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_InvalidFormat, text, "html, pdf"))
            : formats;
    }

    private static DateOnly ParseDate(string? text)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_InvalidDate, text));
    }

    private static string StageText(PipelineStage stage) => stage switch
    {
        PipelineStage.Load => Messages.Stage_Load,
        PipelineStage.Check => Messages.Stage_Check,
        PipelineStage.Analyse => Messages.Stage_Analyse,
        PipelineStage.Render => Messages.Stage_Render,
        PipelineStage.Pdf => Messages.Stage_Pdf,
        PipelineStage.Deliver => Messages.Stage_Deliver,
        _ => stage.ToString(),
    };
}
