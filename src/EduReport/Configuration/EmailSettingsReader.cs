using EduReport.Deliver.Email;

namespace EduReport.Configuration;

/// <summary>
/// Reads the "email" section. Values are checked for their form here; whether the values needed to
/// send are present is checked by <see cref="EmailSettingsCheck"/> when a command sends.
/// </summary>
internal static class EmailSettingsReader
{
    /// <summary>The placeholders the subject may contain.</summary>
    public static readonly IReadOnlyList<string> SubjectPlaceholders = ["title", "organisation", "period", "date"];

    public static EmailSettings Read(ConfigurationReader reader)
    {
        var defaults = new EmailSettings();
        return new EmailSettings
        {
            Host = reader.String(SettingKeys.EmailHost),
            Port = reader.Int(SettingKeys.EmailPort, 0, 1, 65535),
            Tls = reader.Enum(SettingKeys.EmailTls, defaults.Tls),
            UserName = reader.String(SettingKeys.EmailUserName),
            PasswordFile = reader.Path(SettingKeys.EmailPasswordFile),
            From = ReadAddresses(reader, SettingKeys.EmailFrom, single: true) is [var from] ? from : null,
            To = ReadAddresses(reader, SettingKeys.EmailTo, single: false),
            Cc = ReadAddresses(reader, SettingKeys.EmailCc, single: false),
            Bcc = ReadAddresses(reader, SettingKeys.EmailBcc, single: false),
            Subject = ReadSubject(reader),
            MaxMessageBytes = reader.Long(SettingKeys.EmailMaxMessageBytes, defaults.MaxMessageBytes, 1024, long.MaxValue),
            Retries = reader.Int(SettingKeys.EmailRetries, defaults.Retries, 0, 10),
            RetryDelay = TimeSpan.FromSeconds(reader.Double(SettingKeys.EmailRetryDelaySeconds, defaults.RetryDelay.TotalSeconds, 0, 3600)),
            Timeout = TimeSpan.FromSeconds(reader.Double(SettingKeys.EmailTimeoutSeconds, defaults.Timeout.TotalSeconds, 1, 3600)),
        };
    }

    private static List<string> ReadAddresses(ConfigurationReader reader, string key, bool single)
    {
        // A display name may contain a comma ("Smith, Anna" <anna@example.org>), so the sender is read whole.
        IReadOnlyList<string> texts = single
            ? reader.String(key) is { } sender ? [sender] : []
            : reader.List(key) ?? [];
        var valid = new List<string>();
        foreach (var text in texts)
        {
            if (MailboxText.TryParse(text, out _))
            {
                valid.Add(text);
            }
            else
            {
                reader.Invalid(key, text, Localization.Text.Message("Config_AllowedMailbox"));
            }
        }

        return valid;
    }

    private static string? ReadSubject(ConfigurationReader reader)
    {
        var text = reader.String(SettingKeys.EmailSubject);
        if (text is null || Deliver.NamePattern.TryParse(text, SubjectPlaceholders, out _, out var error))
        {
            return text;
        }

        reader.Rejected(SettingKeys.EmailSubject, text, error + ". " + Localization.Text.Message("Config_AllowedPlaceholders", SettingsLoader.Placeholders(SubjectPlaceholders)));
        return null;
    }
}
