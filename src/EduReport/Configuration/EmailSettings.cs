namespace EduReport.Configuration;

/// <summary>
/// How the report is e-mailed: the SMTP server, the sender and recipients, the subject, and the
/// limits. The password is not part of the settings: <see cref="SmtpPassword"/> reads it from the
/// environment or from a secrets file at the moment it is needed.
/// </summary>
public sealed record EmailSettings
{
    /// <summary>The default limit on the size of the whole message, attachments included: 10 MiB.</summary>
    public const long DefaultMaxMessageBytes = 10 * 1024 * 1024;

    public string? Host { get; init; }

    /// <summary>The SMTP port, or 0 for the usual port of <see cref="Tls"/>: 465 for implicit TLS, else 587.</summary>
    public int Port { get; init; }

    public TlsMode Tls { get; init; } = TlsMode.StartTls;

    /// <summary>The user name for SMTP authentication, or null to send without authenticating.</summary>
    public string? UserName { get; init; }

    /// <summary>A file whose content is the SMTP password, used when EDUREPORT_SMTP_PASSWORD is not set.</summary>
    public string? PasswordFile { get; init; }

    /// <summary>The sender, as "Name &lt;address&gt;" or a bare address.</summary>
    public string? From { get; init; }

    public IReadOnlyList<string> To { get; init; } = [];

    public IReadOnlyList<string> Cc { get; init; } = [];

    public IReadOnlyList<string> Bcc { get; init; } = [];

    /// <summary>The subject pattern, with {title}, {organisation}, {period} and {date}; null takes the template set's default.</summary>
    public string? Subject { get; init; }

    /// <summary>The largest message, in bytes as sent, that is sent; a larger one is an error before connecting.</summary>
    public long MaxMessageBytes { get; init; } = DefaultMaxMessageBytes;

    /// <summary>How many times a transient failure is retried after the first attempt.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The wait before the first retry; each later wait is twice the one before.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The time limit of each SMTP command, the connection included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The port that is connected to.</summary>
    public int EffectivePort => Port != 0 ? Port : Tls == TlsMode.Implicit ? 465 : 587;

    /// <summary>The server as host:port, for messages.</summary>
    public string Server => $"{Host}:{EffectivePort}";
}
