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
        var dataDate = new Option<string?>("--data-date") { Description = Messages.Option_DataDate, HelpName = "YYYY-MM-DD" };
        var watch = new Option<bool>("--watch") { Description = Messages.Option_Watch };

        var command = new Command("report", Messages.Report_Description)
        {
            data, output, format, lang, templates, chromium, title, organisation, source, date, dataDate, watch,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var formats = ParseFormats(parse.GetValue(format)!);
            var options = new ReportJobOptions
            {
                DataDirectory = parse.GetValue(data)!.FullName,
                OutputDirectory = parse.GetValue(output)!.FullName,
                Formats = formats,
                ChromiumPath = parse.GetValue(chromium)?.FullName,
                Render = new RenderSettings
                {
                    Language = parse.GetValue(lang)!,
                    TemplatesDirectory = TemplateLocator.Find(parse.GetValue(templates)?.FullName),
                    Title = parse.GetValue(title),
                    Organisation = parse.GetValue(organisation),
                    DataSource = parse.GetValue(source),
                    ReportDate = ParseDate(parse.GetValue(date)),
                    DataDate = parse.GetValue(dataDate) is { } extracted ? ParseDate(extracted) : null,
                },
            };

            var job = new ReportJob();
            job.StageStarted += stage => console.Progress(StageText(stage));
            if (parse.GetValue(watch))
            {
                await WatchAsync(job, options, console, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var result = await job.RunAsync(options, cancellationToken).ConfigureAwait(false);
            foreach (var file in result.Files)
            {
                console.Output.WriteLine(file);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs watch mode until Ctrl+C, printing each update and each error, and never stopping on one.</summary>
    private static async Task WatchAsync(ReportJob job, ReportJobOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        if (options.Formats.HasFlag(OutputFormat.Pdf))
        {
            console.Progress(Messages.Watch_HtmlOnly);
        }

        var watcher = new ReportWatcher(job);
        var first = true;
        watcher.Watching += (templates, data) => console.Progress(string.Format(CultureInfo.InvariantCulture, Messages.Watch_Started, templates, data));
        watcher.Updated += update =>
        {
            if (update.Error is TemplateException templateError)
            {
                foreach (var error in templateError.Errors)
                {
                    console.ErrorWriter.WriteLine(error.ToString());
                }

                console.Error(Messages.Watch_Failed);
            }
            else if (update.Error is { } error)
            {
                console.Error(error.Message);
                console.Error(Messages.Watch_Failed);
            }
            else if (update.Recomputed && !first)
            {
                console.Progress(string.Format(CultureInfo.InvariantCulture, Messages.Watch_Recomputed, update.HtmlPath, Milliseconds(update.AnalysisTime), Milliseconds(update.TotalTime)));
            }
            else
            {
                console.Progress(string.Format(CultureInfo.InvariantCulture, Messages.Watch_Updated, update.HtmlPath, Milliseconds(update.TotalTime)));
            }

            first = false;
        };
        await watcher.RunAsync(options, cancellationToken).ConfigureAwait(false);
    }

    private static long Milliseconds(TimeSpan time) => (long)time.TotalMilliseconds;

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
