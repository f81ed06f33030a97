using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace EduReport.Render.Pdf;

/// <summary>
/// Prints report HTML to PDF with the operating system's headless Chromium through PuppeteerSharp:
/// A4, page numbers in the footer, and a document outline built from the headings. Chromium may load
/// nothing but the report file itself: every other request is aborted, and its background services
/// that reach the network are switched off. This is the one place that starts Chromium.
/// </summary>
public sealed partial class PdfPrinter : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    private readonly IBrowser _browser;
    private readonly string _workDirectory;
    private readonly ILogger _logger;

    private PdfPrinter(IBrowser browser, string workDirectory, ILogger logger)
    {
        _browser = browser;
        _workDirectory = workDirectory;
        _logger = logger;
    }

    /// <summary>Starts Chromium. It can start while the analysis still runs, and print later.</summary>
    public static async Task<PdfPrinter> StartAsync(string? chromiumPath, FontSet fonts, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        var executable = ChromiumLocator.Find(chromiumPath);
        var workDirectory = Directory.CreateTempSubdirectory("edureport-pdf-").FullName;
        var fontConfig = fonts.WriteFontConfig(workDirectory);
        var arguments = new List<string>
        {
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-default-browser-check",
        };
        if (IsRoot())
        {
            // Chromium refuses to start as root with its sandbox on.
            arguments.Add("--no-sandbox");
        }

        var options = new LaunchOptions
        {
            Headless = true,
            ExecutablePath = executable,
            Args = [.. arguments],
            UserDataDir = Path.Combine(workDirectory, "profile"),
            Timeout = (int)TimeSpan.FromSeconds(60).TotalMilliseconds,
            ProtocolTimeout = (int)DefaultTimeout.TotalMilliseconds,
        };
        options.Env["FONTCONFIG_FILE"] = fontConfig;

        PdfLog.StartingChromium(logger, executable);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var browser = await Puppeteer.LaunchAsync(options).ConfigureAwait(false);
            return new PdfPrinter(browser, workDirectory, logger);
        }
        catch (Exception e) when (IsLaunchFailure(e))
        {
            TryDelete(workDirectory);
            PdfLog.ChromiumFailed(logger, executable, e);
            throw new RenderException(Localization.Text.Message("Pdf_ChromiumFailed", executable, LaunchDetail(e)), e);
        }
    }

    /// <summary>
    /// Returns whether <paramref name="exception"/> is a failure to start Chromium. PuppeteerSharp
    /// 25 throws <see cref="ProcessException"/>, which does not derive from <see cref="PuppeteerException"/>,
    /// when the process cannot start or exits early, and a timeout when Chromium does not respond.
    /// </summary>
    private static bool IsLaunchFailure(Exception exception) =>
        exception is ProcessException or PuppeteerException or IOException or TimeoutException
            or UnauthorizedAccessException or System.ComponentModel.Win32Exception;

    /// <summary>
    /// Describes a launch failure in the user's language where the cause is known: a file the system
    /// cannot run, or a process that exited before Chromium responded. Other causes keep PuppeteerSharp's message.
    /// </summary>
    private static string LaunchDetail(Exception exception)
    {
        if (exception.InnerException is System.ComponentModel.Win32Exception { NativeErrorCode: var code })
        {
            // A new Win32Exception carries only the system's text for the code, such as "Permission denied".
            return Localization.Text.Message("Pdf_ChromiumNotRunnable", code, new System.ComponentModel.Win32Exception(code).Message);
        }

        var exited = ExitCodePattern().Match(exception.Message);
        return exited.Success
            ? Localization.Text.Message("Pdf_ChromiumExited", exited.Groups[1].Value)
            : exception.Message;
    }

    // PuppeteerSharp 25 reports an early exit as "Failed to launch browser! The browser process exited with code 1."
    [System.Text.RegularExpressions.GeneratedRegex(@"exited with code (-?\d+)")]
    private static partial System.Text.RegularExpressions.Regex ExitCodePattern();

    /// <summary>Prints <paramref name="html"/> and returns the PDF bytes.</summary>
    public async Task<byte[]> PrintAsync(string html, PdfPageSettings page, CancellationToken cancellationToken = default)
    {
        var htmlPath = Path.Combine(_workDirectory, $"report-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(htmlPath, html, cancellationToken).ConfigureAwait(false);
        var reportUrl = new Uri(htmlPath).AbsoluteUri;
        var blocked = new List<string>();
        var tab = await _browser.NewPageAsync().ConfigureAwait(false);
        try
        {
            await tab.SetRequestInterceptionAsync(true).ConfigureAwait(false);
            tab.Request += async (_, e) =>
            {
                var url = e.Request.Url;
                if (url == reportUrl || url.StartsWith("data:", StringComparison.Ordinal))
                {
                    await e.Request.ContinueAsync().ConfigureAwait(false);
                }
                else
                {
                    lock (blocked)
                    {
                        blocked.Add(url);
                    }

                    await e.Request.AbortAsync().ConfigureAwait(false);
                }
            };

            await tab.GoToAsync(reportUrl, new NavigationOptions
            {
                WaitUntil = [WaitUntilNavigation.Load],
                Timeout = (int)DefaultTimeout.TotalMilliseconds,
            }).ConfigureAwait(false);
            await tab.EvaluateExpressionAsync("document.fonts.ready.then(() => true)").ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();

            var pdf = await tab.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PrintBackground = true,
                DisplayHeaderFooter = page.HeaderAndFooter,
                HeaderTemplate = page.HeaderAndFooter ? HeaderTemplate(page) : string.Empty,
                FooterTemplate = page.HeaderAndFooter ? FooterTemplate(page) : string.Empty,
                MarginOptions = new MarginOptions { Top = "18mm", Bottom = "16mm", Left = "16mm", Right = "16mm" },
                Outline = true,
                Tagged = true,
                WaitForFonts = true,
                Timeout = (int)DefaultTimeout.TotalMilliseconds,
            }).ConfigureAwait(false);

            foreach (var url in blocked)
            {
                PdfLog.BlockedRequest(_logger, url);
            }

            return pdf;
        }
        catch (PuppeteerException e)
        {
            throw new RenderException(Localization.Text.Message("Pdf_PrintFailed", e.Message), e);
        }
        finally
        {
            await tab.CloseAsync().ConfigureAwait(false);
            TryDelete(htmlPath);
        }
    }

    /// <summary>
    /// Stops Chromium once a run no longer needs it, whether the run printed or failed before. A
    /// failure to start has already been reported by the printing step when there was one, and
    /// does not matter when the run failed earlier, so here it is only logged.
    /// </summary>
    public static async Task StopAsync(Task<PdfPrinter> start, ILogger logger)
    {
        try
        {
            var printer = await start.ConfigureAwait(false);
            await printer.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is RenderException or PuppeteerException or OperationCanceledException or IOException)
        {
            PdfLog.ChromiumStartOrStopFailed(logger, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _browser.CloseAsync().ConfigureAwait(false);
        }
        finally
        {
            await _browser.DisposeAsync().ConfigureAwait(false);
            TryDelete(_workDirectory);
        }
    }

    private static string HeaderTemplate(PdfPageSettings page) =>
        $"<div style=\"{FurnitureStyle(page)}width:100%;padding:0 16mm;display:flex;justify-content:space-between;\"><span>{WebUtility.HtmlEncode(page.HeaderText)}</span></div>";

    private static string FooterTemplate(PdfPageSettings page)
    {
        var text = WebUtility.HtmlEncode(page.FooterPageText)
            .Replace("{0}", "<span class=\"pageNumber\"></span>", StringComparison.Ordinal)
            .Replace("{1}", "<span class=\"totalPages\"></span>", StringComparison.Ordinal);
        return $"<div style=\"{FurnitureStyle(page)}width:100%;text-align:center;\">{text}</div>";
    }

    private static string FurnitureStyle(PdfPageSettings page) =>
        $"font-family:'{WebUtility.HtmlEncode(page.FontFamily)}',sans-serif;font-size:8pt;color:#555;";

    // Environment.UserName is the name of the effective user on Unix.
    private static bool IsRoot() => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // A temporary file that cannot be deleted is left for the system to clean.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
