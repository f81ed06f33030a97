namespace EduReport.Deliver.Email;

/// <summary>The SMTP server's reply when it accepted the message.</summary>
/// <param name="Server">The server as host:port.</param>
/// <param name="Reply">The server's reply to the message data, such as "2.0.0 Ok: queued as 4F2A1".</param>
/// <param name="Attempts">How many attempts were made, the successful one included.</param>
public sealed record EmailReceipt(string Server, int Recipients, string Reply, int Attempts);
