using Microsoft.Extensions.Logging;

namespace EduReport.Render.Pdf;

internal static partial class PdfLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Starting Chromium {Executable}")]
    public static partial void StartingChromium(ILogger logger, string executable);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Chromium {Executable} failed to start")]
    public static partial void ChromiumFailed(ILogger logger, string executable, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blocked a request from the report while printing: {Url}")]
    public static partial void BlockedRequest(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Chromium failed to start or to stop")]
    public static partial void ChromiumStartOrStopFailed(ILogger logger, Exception exception);
}
