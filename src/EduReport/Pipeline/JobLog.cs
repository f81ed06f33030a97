using Microsoft.Extensions.Logging;

namespace EduReport.Pipeline;

internal static partial class JobLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Registrations} registrations and {Submissions} submissions")]
    public static partial void Loaded(ILogger logger, int registrations, int submissions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Period {Setting}: presentations {Presentations}")]
    public static partial void PeriodSelected(ILogger logger, string setting, IReadOnlyList<string> presentations);
}
