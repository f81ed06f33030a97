using EduReport.Analyse;
using EduReport.Deliver;
using EduReport.Facts;
using EduReport.Load;
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
        var (results, problems) = Analyse(options);

        StageStarted?.Invoke(PipelineStage.Render);
        var renderer = ReportRenderer.Load(options.Render);
        var charts = renderer.RenderCharts(results);
        var html = renderer.Render(results, charts).Html;
        var files = new List<OutputFile>
        {
            new("results.json", ResultsJson.Serialize(results)),
        };
        if (options.Formats.HasFlag(OutputFormat.Html))
        {
            files.Add(new OutputFile("report.html", System.Text.Encoding.UTF8.GetBytes(html)));
        }

        if (options.Formats.HasFlag(OutputFormat.Pdf))
        {
            StageStarted?.Invoke(PipelineStage.Pdf);
            await using var printer = await PdfPrinter.StartAsync(options.ChromiumPath, renderer.Fonts, _logger, cancellationToken).ConfigureAwait(false);
            var pdf = await ReportPdf.PrintAsync(renderer, printer, results, charts, cancellationToken).ConfigureAwait(false);
            files.Add(new OutputFile("report.pdf", pdf));
        }

        StageStarted?.Invoke(PipelineStage.Deliver);
        var written = OutputWriter.WriteAll(options.OutputDirectory, files);
        return new ReportJobResult(results, problems, written);
    }

    /// <summary>Runs the stages before rendering: Load, Check and Analyse. Watch mode calls it again only when the data change.</summary>
    public (ReportResults Results, Problems.ProblemLog Problems) Analyse(ReportJobOptions options)
    {
        StageStarted?.Invoke(PipelineStage.Load);
        var loaded = DatasetLoader.Load(options.DataDirectory, options.Load);
        JobLog.Loaded(_logger, loaded.Dataset.Registrations.Count, loaded.Dataset.Submissions.Count);

        StageStarted?.Invoke(PipelineStage.Analyse);
        var facts = FactsBuilder.Build(loaded.Dataset, options.Definitions);
        return (Analyser.Run(facts), loaded.Problems);
    }
}
