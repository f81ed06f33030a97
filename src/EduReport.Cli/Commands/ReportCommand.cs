using System.CommandLine;
using System.Globalization;
using EduReport.Cli.Resources;
using EduReport.Configuration;
using EduReport.Deliver.Email;
using EduReport.Pipeline;
using EduReport.Render;
using Microsoft.Extensions.Logging;

namespace EduReport.Cli.Commands;

/// <summary><c>edureport report</c>: loads the data, analyses it, writes the report and, with --email, sends it.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console, string language, ILoggerFactory logging)
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = Messages.Option_Data, HelpName = "DIR" };
        var output = new Option<DirectoryInfo?>("--out") { Description = Messages.Option_Out, HelpName = "DIR" };
        var format = new Option<string?>("--format") { Description = Messages.Option_Format, HelpName = "html,pdf,eml" };
        var lang = new Option<string?>("--lang") { Description = Messages.Option_Lang, HelpName = "ru|en" };
        lang.AcceptOnlyFromAmong([.. UiLanguage.Supported]);
        var templates = new Option<DirectoryInfo?>("--templates") { Description = Messages.Option_Templates, HelpName = "DIR" };
        var chromium = new Option<FileInfo?>("--chromium") { Description = Messages.Option_Chromium, HelpName = "PATH" };
        var title = new Option<string?>("--title") { Description = Messages.Option_Title, HelpName = "TEXT" };
        var organisation = new Option<string?>("--organisation") { Description = Messages.Option_Organisation, HelpName = "TEXT" };
        var source = new Option<string?>("--source") { Description = Messages.Option_Source, HelpName = "TEXT" };
        var date = new Option<string?>("--date") { Description = Messages.Option_Date, HelpName = "YYYY-MM-DD" };
        var email = new Option<bool>("--email") { Description = Messages.Option_Email };
        var dataDate = new Option<string?>("--data-date") { Description = Messages.Option_DataDate, HelpName = "YYYY-MM-DD" };
        var watch = new Option<bool>("--watch") { Description = Messages.Option_Watch };
        var commentary = new Option<FileInfo?>("--commentary") { Description = Messages.Option_Commentary, HelpName = "FILE" };
        var period = new Option<string?>("--period") { Description = Messages.Option_Period, HelpName = "all|latest|CODE|FROM..TO" };
        period.Validators.Add(result =>
        {
            // The configuration treats a blank value as unset, so a blank --period would silently fall back to the configured period.
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
            {
                result.AddError(Messages.Error_EmptyPeriod);
            }
        });
        var settingsOptions = new SettingsOptions();

        var command = new Command("report", Messages.Report_Description)
        {
            data, output, format, lang, templates, chromium, title, organisation, source, date, dataDate, watch, email, commentary, period,
        };
        settingsOptions.AddTo(command);
        var definitions = DefinitionOptionsBinder.AddTo(command);
        var load = new LoadOptionsBinder();
        load.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = settingsOptions.Load(parse,
            [
                SettingsOptions.Override(parse, data, SettingKeys.DataFolder, d => d?.FullName),
                SettingsOptions.Override(parse, output, SettingKeys.OutputFolder, d => d?.FullName),
                SettingsOptions.Override(parse, format, SettingKeys.Formats, f => f),
                SettingsOptions.Override(parse, lang, SettingKeys.Language, l => l),
                SettingsOptions.Override(parse, templates, SettingKeys.Templates, d => d?.FullName),
                SettingsOptions.Override(parse, chromium, SettingKeys.Chromium, f => f?.FullName),
                SettingsOptions.Override(parse, title, SettingKeys.Title, t => t),
                SettingsOptions.Override(parse, organisation, SettingKeys.Organisation, o => o),
                SettingsOptions.Override(parse, source, SettingKeys.Source, s => s),
                SettingsOptions.Override(parse, period, SettingKeys.Period, p => p),
            ]);
            var reportLanguage = settings.Language ?? language;
            console.UseLanguage(reportLanguage);
            var reportDate = ParseDate(parse.GetValue(date));
            var dataFolder = settings.DataFolder ?? throw new ConfigurationException(Messages.Error_NoData);

            // Everything that sending needs is checked before any work, so that a missing address or password is reported before the report is made.
            var send = parse.GetValue(email);
            string? password = null;
            if (send)
            {
                EmailSettingsCheck.RequireComplete(settings);
                password = SmtpPassword.Read(settings.Email);
            }

            var options = new ReportJobOptions
            {
                DataDirectory = dataFolder,
                OutputDirectory = settings.OutputFolder,
                Formats = send ? settings.Formats | OutputFormat.Email | OutputFormat.Pdf : settings.Formats,
                Load = load.Bind(parse),
                ChromiumPath = settings.Chromium,
                Definitions = definitions.Bind(parse, settings.Definitions),
                Period = settings.Period,
                FileNames = settings.FileNames,
                EmailSubject = settings.Email.Subject,
                CommentaryPath = parse.GetValue(commentary)?.FullName,
                Render = new RenderSettings
                {
                    Language = reportLanguage,
                    TemplatesDirectory = TemplateLocator.Find(settings.TemplatesFolder),
                    Title = settings.Title,
                    Organisation = settings.Organisation,
                    DataSource = settings.Source,
                    ReportDate = reportDate,
                    DataDate = parse.GetValue(dataDate) is { } extracted ? ParseDate(extracted) : null,
                    Sections = settings.Sections,
                },
            };

            var job = new ReportJob(logging.CreateLogger<ReportJob>());
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

            if (send)
            {
                console.Progress(Messages.Stage_Email);
                var sender = new EmailSender(settings.Email, password, logging.CreateLogger<EmailSender>());
                await SendLater.SendAsync(sender, result.EmailFile!, parse, settingsOptions, lang, cancellationToken).ConfigureAwait(false);
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
