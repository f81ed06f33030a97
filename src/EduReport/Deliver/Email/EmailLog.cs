using Microsoft.Extensions.Logging;

namespace EduReport.Deliver.Email;

internal static partial class EmailLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Sending {File} ({Bytes} bytes) to {Recipients} recipients through {Server}")]
    public static partial void Sending(ILogger logger, string file, long bytes, int recipients, string server);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attempt {Attempt} of {Attempts} to send through {Server} failed: {Reply}. Retrying in {Delay} s")]
    public static partial void AttemptFailed(ILogger logger, int attempt, int attempts, string server, string reply, double delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {File} through {Server}; the server replied: {Reply}")]
    public static partial void Sent(ILogger logger, string file, string server, string reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The message was sent, but closing the connection to {Server} failed: {Error}")]
    public static partial void DisconnectFailed(ILogger logger, string server, string error);
}
