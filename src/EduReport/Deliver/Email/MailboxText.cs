using MimeKit;

namespace EduReport.Deliver.Email;

/// <summary>Parses an e-mail address as written in the settings: "reports@example.org" or "EduReport &lt;reports@example.org&gt;".</summary>
public static class MailboxText
{
    public static bool TryParse(string text, out MailboxAddress mailbox)
    {
        // MimeKit also accepts a local part without a domain, which no SMTP server delivers to.
        if (MailboxAddress.TryParse(ParserOptions.Default, text, out var parsed) && parsed is not null
            && parsed.Domain.Length > 0 && parsed.LocalPart.Length > 0)
        {
            mailbox = parsed;
            return true;
        }

        mailbox = null!;
        return false;
    }

    public static MailboxAddress Parse(string text) =>
        TryParse(text, out var mailbox) ? mailbox : throw new FormatException($"'{text}' is not an e-mail address.");
}
