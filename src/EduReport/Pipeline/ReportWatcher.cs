using System.Diagnostics;
using System.Threading.Channels;
using EduReport.Analyse;
using EduReport.Deliver;
using EduReport.Render;
using EduReport.Render.Charts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EduReport.Pipeline;

/// <summary>
/// Watch mode: writes report.html and results.json, then writes report.html again whenever a file of
/// the template set changes, and recomputes the analysis only when a CSV file of the data folder
/// changes. Charts are drawn again only when the results or the report text (JSON) or fonts change,
/// so that a template or style edit costs only the rendering of the templates. An error in the
/// templates or the data is reported and the watcher keeps running; the last good report stays.
/// </summary>
public sealed class ReportWatcher(ReportJob job, ILogger? logger = null)
{
    /// <summary>How long the watcher waits after a change for more changes, because editors often write a file in several steps.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(30);

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Called after each attempt to write the report, on the watcher's thread.</summary>
    public event Action<WatchUpdate>? Updated;

    /// <summary>Called when the watcher starts watching, with the template and data folders.</summary>
    public event Action<string, string>? Watching;

    /// <summary>Writes the report, then watches until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(ReportJobOptions options, CancellationToken cancellationToken)
    {
        var changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var templatesDirectory = Path.GetFullPath(options.Render.TemplatesDirectory);
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        var outputDirectory = Path.GetFullPath(options.OutputDirectory);
        using var templateWatcher = StartWatching(templatesDirectory, includeSubdirectories: true, outputDirectory, changes.Writer);
        using var dataWatcher = StartWatching(dataDirectory, includeSubdirectories: false, outputDirectory, changes.Writer);
        Watching?.Invoke(templatesDirectory, dataDirectory);

        var state = new WatchState();
        Update(options, state, dataChanged: true, textChanged: true);
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await NextBatchAsync(changes.Reader, cancellationToken).ConfigureAwait(false);
            if (batch is null)
            {
                break;
            }

            var dataChanged = batch.Any(path => IsDataFile(path, dataDirectory));
            var textChanged = batch.Any(path => IsUnder(path, templatesDirectory) && !path.EndsWith(TemplateSet.Extension, StringComparison.Ordinal) && !path.EndsWith(".css", StringComparison.Ordinal));
            if (dataChanged || batch.Any(path => IsUnder(path, templatesDirectory)))
            {
                Update(options, state, dataChanged, textChanged);
            }
        }
    }

    private void Update(ReportJobOptions options, WatchState state, bool dataChanged, bool textChanged)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (dataChanged || state.Results is null)
            {
                state.Results = job.Analyse(options).Results;
                state.Charts = null;
            }

            var analysed = clock.Elapsed;
            var renderer = ReportRenderer.Load(ReportJob.RenderSettingsOf(options));
            if (textChanged || state.Charts is null)
            {
                state.Charts = renderer.RenderCharts(state.Results);
            }

            var html = renderer.Render(state.Results, state.Charts).Html;
            var files = OutputWriter.WriteAll(options.OutputDirectory, [
                new OutputFile("report.html", System.Text.Encoding.UTF8.GetBytes(html)),
                new OutputFile("results.json", ResultsJson.Serialize(state.Results)),
            ]);
            Updated?.Invoke(new WatchUpdate(files[0], dataChanged, analysed, clock.Elapsed, null));
        }
        catch (EduReportException e)
        {
            // The report stays as it was; the next change tries again.
            WatchLog.UpdateFailed(_logger, e);
            Updated?.Invoke(new WatchUpdate(null, dataChanged, TimeSpan.Zero, clock.Elapsed, e));
        }
    }

    /// <summary>Waits for a change, then collects the changes that follow within the quiet period; null when cancelled.</summary>
    private static async Task<HashSet<string>?> NextBatchAsync(ChannelReader<string> reader, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new HashSet<string>(StringComparer.Ordinal) { await reader.ReadAsync(cancellationToken).ConfigureAwait(false) };
            while (true)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                quiet.CancelAfter(QuietPeriod);
                try
                {
                    batch.Add(await reader.ReadAsync(quiet.Token).ConfigureAwait(false));
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return batch;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Starts a watcher that reports changed paths, except editors' scratch files and the report's own output.</summary>
    private static FileSystemWatcher StartWatching(string directory, bool includeSubdirectories, string outputDirectory, ChannelWriter<string> changes)
    {
        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = includeSubdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void OnChange(string path)
        {
            if (!IsEditorScratchFile(path) && !IsUnder(path, outputDirectory))
            {
                changes.TryWrite(path);
            }
        }

        watcher.Changed += (_, e) => OnChange(e.FullPath);
        watcher.Created += (_, e) => OnChange(e.FullPath);
        watcher.Deleted += (_, e) => OnChange(e.FullPath);
        watcher.Renamed += (_, e) => OnChange(e.FullPath);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    // Editors write backup and swap files such as .report.sbn-html.swp, report.sbn-html~ and 4913 next to the file.
    private static bool IsEditorScratchFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913";
    }

    private static bool IsDataFile(string path, string dataDirectory) =>
        IsUnder(path, dataDirectory) && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsUnder(string path, string directory) =>
        path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private sealed class WatchState
    {
        public ReportResults? Results { get; set; }

        public IReadOnlyDictionary<string, ChartImage?>? Charts { get; set; }
    }
}

/// <summary>The outcome of one update in watch mode.</summary>
/// <param name="HtmlPath">The report written, or null when the update failed.</param>
/// <param name="Recomputed">Whether the data changed, so the analysis ran again.</param>
/// <param name="AnalysisTime">The time spent loading and analysing; zero when the results were reused.</param>
/// <param name="TotalTime">The time from the change being noticed to the report being written.</param>
/// <param name="Error">The template, data or output error, or null on success.</param>
public sealed record WatchUpdate(string? HtmlPath, bool Recomputed, TimeSpan AnalysisTime, TimeSpan TotalTime, EduReportException? Error);
