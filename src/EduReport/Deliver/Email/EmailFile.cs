using MimeKit;

namespace EduReport.Deliver.Email;

/// <summary>Checks a file that <c>edureport send</c> is given, so that only an e-mail message is ever sent.</summary>
public static class EmailFile
{
    /// <summary>
    /// Throws a <see cref="ConfigurationException"/> unless <paramref name="path"/> exists and MimeKit
    /// reads it as a message with a body and at least one standard message header. A text file such
    /// as /etc/passwd parses as headers with unknown names and no body, so it is rejected.
    /// </summary>
    public static void Check(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ConfigurationException(Localization.Text.Message("Email_FileIsFolder", path));
        }

        if (!File.Exists(path))
        {
            throw new ConfigurationException(Localization.Text.Message("Email_FileNotFound", path));
        }

        MimeMessage message;
        try
        {
            message = MimeMessage.Load(path);
        }
        catch (FormatException)
        {
            throw new ConfigurationException(Localization.Text.Message("Email_NotAMessage", path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(Localization.Text.Message("Email_CannotRead", path, e.Message), e);
        }

        using (message)
        {
            if (!HasMessageHeader(message) || !HasContent(message.Body))
            {
                throw new ConfigurationException(Localization.Text.Message("Email_NotAMessage", path));
            }
        }
    }

    private static bool HasMessageHeader(MimeMessage message) =>
        message.Headers.Any(h => h.Id is HeaderId.Subject or HeaderId.From or HeaderId.To or HeaderId.MimeVersion or HeaderId.Date);

    private static bool HasContent(MimeEntity? body) => body switch
    {
        Multipart multipart => multipart.Count > 0,
        TextPart text => !string.IsNullOrWhiteSpace(text.Text),
        MimePart part => part.Content is not null,
        MessagePart message => message.Message is not null,
        _ => false,
    };
}
