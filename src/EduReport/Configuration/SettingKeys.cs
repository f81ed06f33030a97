namespace EduReport.Configuration;

/// <summary>
/// The configuration keys, as written in edureport.json. Keys are matched ignoring case; nested keys
/// are joined with ":" (email:host), or with "__" in environment variables (EDUREPORT_email__host).
/// </summary>
public static class SettingKeys
{
    public const string Title = "title";
    public const string Organisation = "organisation";
    public const string Source = "source";
    public const string Language = "language";
    public const string DataFolder = "dataFolder";
    public const string OutputFolder = "outputFolder";
    public const string Formats = "formats";
    public const string ReportFileName = "reportFileName";
    public const string ResultsFileName = "resultsFileName";
    public const string Templates = "templates";
    public const string Chromium = "chromium";
    public const string Sections = "sections";
    public const string Period = "period";
    public const string Definitions = "definitions";

    public const string EmailHost = "email:host";
    public const string EmailPort = "email:port";
    public const string EmailTls = "email:tls";
    public const string EmailUserName = "email:userName";
    public const string EmailPasswordFile = "email:passwordFile";
    public const string EmailFrom = "email:from";
    public const string EmailTo = "email:to";
    public const string EmailCc = "email:cc";
    public const string EmailBcc = "email:bcc";
    public const string EmailSubject = "email:subject";
    public const string EmailMaxMessageBytes = "email:maxMessageBytes";
    public const string EmailRetries = "email:retries";
    public const string EmailRetryDelaySeconds = "email:retryDelaySeconds";
    public const string EmailTimeoutSeconds = "email:timeoutSeconds";

    /// <summary>A key that is rejected wherever it is set, because the password must not be stored with the settings.</summary>
    public const string EmailPassword = "email:password";
}
