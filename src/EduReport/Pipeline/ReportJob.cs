using EduReport.Analyse;
using EduReport.Check;
using EduReport.Deliver;
using EduReport.Deliver.Email;
using EduReport.Load;
using EduReport.Periods;
using EduReport.Problems;
using EduReport.Render;
using EduReport.Render.Pdf;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EduReport.Pipeline;

/// <summary>
/// Runs the pipeline once: Load, Check, Analyse, Render, Deliver. Nothing is written until every
/// output is ready, so a failed run keeps the previous report.
/// </summary>
public sealed class ReportJob(ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Called when a stage starts, with the stage's name, for progress display.</summary>
    public event Action<PipelineStage>? StageStarted;

    public async Task<ReportJobResult> RunAsync(ReportJobOptions options, CancellationToken cancellationToken = default)
    {
        // The analyst's files and the output folder are checked before the data, so that a typo in them fails fast.
        var renderSettings = RenderSettingsOf(options);
        var renderer = ReportRenderer.Load(renderSettings);
        OutputWriter.CheckWritable(options.OutputDirectory);

        // The e-mail attaches the PDF, so it is printed for the e-mail even when it is not written.
        // Chromium takes a while to start, so it starts now and the analysis runs meanwhile. A
        // failure to start is reported only after the data have been checked.
        var printsPdf = options.Formats.HasFlag(OutputFormat.Pdf) || options.Formats.HasFlag(OutputFormat.Email);
        var printerStart = printsPdf
            ? Task.Run(() => PdfPrinter.StartAsync(options.ChromiumPath, renderer.Fonts, _logger, cancellationToken), cancellationToken)
            : null;
        try
        {
            return await RunStagesAsync(options, renderer, printerStart, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (printerStart is not null)
            {
                await PdfPrinter.StopAsync(printerStart, _logger).ConfigureAwait(false);
            }
        }
    }

    private async Task<ReportJobResult> RunStagesAsync(ReportJobOptions options, ReportRenderer renderer, Task<PdfPrinter>? printerStart, CancellationToken cancellationToken)
    {
        var (results, problems) = Analyse(options);

        StageStarted?.Invoke(PipelineStage.Render);
        var charts = renderer.RenderCharts(results);
        var html = renderer.Render(results, charts).Html;
        var period = ReportPeriodLabel.Of(results);
        var names = options.FileNames.Resolve(period, options.Render.ReportDate, options.Render.Language);
        var files = new List<OutputFile>
        {
            new(names.Results, ResultsJson.Serialize(results)),
        };
        if (options.Formats.HasFlag(OutputFormat.Html))
        {
            files.Add(new OutputFile(names.Html, System.Text.Encoding.UTF8.GetBytes(html)));
        }

        if (printerStart is not null)
        {
            StageStarted?.Invoke(PipelineStage.Pdf);
            var printer = await printerStart.ConfigureAwait(false);
            var pdf = await ReportPdf.PrintAsync(renderer, printer, results, charts, cancellationToken).ConfigureAwait(false);
            if (options.Formats.HasFlag(OutputFormat.Pdf))
            {
                files.Add(new OutputFile(names.Pdf, pdf));
            }

            if (options.Formats.HasFlag(OutputFormat.Email))
            {
                files.Add(EmailDraft.Create(renderer, results, period, options.EmailSubject, pdf, names));
            }
        }

        StageStarted?.Invoke(PipelineStage.Deliver);
        var written = OutputWriter.WriteAll(options.OutputDirectory, files);
        var emailFile = options.Formats.HasFlag(OutputFormat.Email) ? Path.GetFullPath(Path.Combine(options.OutputDirectory, names.Email)) : null;
        return new ReportJobResult(results, problems, written) { EmailFile = emailFile };
    }

    /// <summary>Runs the stages before rendering: Load, Check and Analyse. Watch mode calls it again only when the data change.</summary>
    public (ReportResults Results, ProblemLog Problems) Analyse(ReportJobOptions options)
    {
        var analysis = options.Analysis ?? AnalysisSettings.Load(options.Render.TemplatesDirectory);

        StageStarted?.Invoke(PipelineStage.Load);
        var loaded = DatasetLoader.Load(options.DataDirectory, options.Load);
        JobLog.Loaded(_logger, loaded.Dataset.Registrations.Count, loaded.Dataset.Submissions.Count);

        StageStarted?.Invoke(PipelineStage.Check);
        var checkedData = DataChecker.Run(loaded);
        if (options.Load.Strict)
        {
            StrictMode.Enforce(checkedData.Problems);
        }

        // The period is chosen after the checks, so that the data-quality section describes the whole files.
        StageStarted?.Invoke(PipelineStage.Analyse);
        var selection = PeriodSelector.Select(options.Period, checkedData.Dataset);
        JobLog.PeriodSelected(_logger, selection.Period.Setting, selection.Period.Presentations);
        var period = PeriodFacts.Build(checkedData.Dataset, selection, options.Definitions);
        return (Analyser.Run(period, checkedData, analysis), checkedData.Problems);
    }

    /// <summary>Returns the render settings of a run, with the analyst's commentary file read in.</summary>
    public static RenderSettings RenderSettingsOf(ReportJobOptions options) =>
        options.CommentaryPath is null
            ? options.Render
            : options.Render with { Commentary = ReadCommentary(options.CommentaryPath) };

    private static string ReadCommentary(string path)
    {
        try
        {
            return File.ReadAllText(path, System.Text.Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(Localization.Text.Message("Config_CommentaryUnreadable", path, e.Message), e);
        }
    }
}
