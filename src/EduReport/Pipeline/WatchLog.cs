using Microsoft.Extensions.Logging;

namespace EduReport.Pipeline;

internal static partial class WatchLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Watch mode could not update the report and keeps watching")]
    public static partial void UpdateFailed(ILogger logger, Exception exception);
}
