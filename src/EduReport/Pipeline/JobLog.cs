using Microsoft.Extensions.Logging;

namespace EduReport.Pipeline;

internal static partial class JobLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Registrations} registrations and {Submissions} submissions")]
    public static partial void Loaded(ILogger logger, int registrations, int submissions);
}
