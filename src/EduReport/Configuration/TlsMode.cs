namespace EduReport.Configuration;

/// <summary>How the SMTP connection is encrypted.</summary>
public enum TlsMode
{
    /// <summary>Connect in plain text, then upgrade with STARTTLS; a server that does not offer it is an error.</summary>
    StartTls,

    /// <summary>TLS from the start of the connection, usually on port 465.</summary>
    Implicit,

    /// <summary>No encryption, for a relay on the same machine or network.</summary>
    None,
}
