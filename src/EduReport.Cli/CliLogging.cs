using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace EduReport.Cli;

/// <summary>
/// The log of a run: one plain-text line per event on standard error, with a timestamp. Colour codes
/// are written only when standard error is a terminal and NO_COLOR is not set, so that logs that cron
/// or systemd capture stay plain text. At a terminal the progress display already shows each stage,
/// so only warnings and errors are logged there. A captured log also gets the informational lines.
/// </summary>
internal static class CliLogging
{
    public static ILoggerFactory Create() => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(Console.IsErrorRedirected ? LogLevel.Information : LogLevel.Warning)
        .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
        .AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
            options.ColorBehavior = UseColour() ? LoggerColorBehavior.Enabled : LoggerColorBehavior.Disabled;
        }));

    // The console logger's default decides by standard output alone, which is a terminal when only standard error is redirected to a log file.
    private static bool UseColour() =>
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
