namespace EduReport;

/// <summary>
/// Base of the exceptions that end a run with a message for the user. Each stage has one sealed
/// subtype, and the command-line host maps the subtype to the documented exit code.
/// </summary>
public abstract class EduReportException : Exception
{
    protected EduReportException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Advice that follows the message, such as the command that retries, or null.</summary>
    public string? Hint { get; init; }
}

/// <summary>Input data that cannot be read: a missing file or column, or a fatal problem in strict mode.</summary>
public sealed class DataException : EduReportException
{
    public DataException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>A report that cannot be rendered: a template error, a chart failure or a PDF printing failure.</summary>
public class RenderException : EduReportException
{
    public RenderException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>Output that cannot be written or sent.</summary>
public sealed class DeliveryException : EduReportException
{
    public DeliveryException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>An option or configuration value that is invalid.</summary>
public sealed class ConfigurationException : EduReportException
{
    public ConfigurationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
