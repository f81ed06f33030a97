namespace EduReport.Configuration;

/// <summary>
/// Reads the SMTP password from the environment variable EDUREPORT_SMTP_PASSWORD, or else from the
/// file named by email:passwordFile. The password never passes through the configuration, so it
/// cannot be logged with the settings or written into an output file.
/// </summary>
public static class SmtpPassword
{
    public const string EnvironmentVariable = "EDUREPORT_SMTP_PASSWORD";

    /// <summary>
    /// Returns the password, or null when no user name is set and none is needed. Throws a
    /// <see cref="ConfigurationException"/> when a user name is set but no password can be read.
    /// </summary>
    public static string? Read(EmailSettings settings, Func<string, string?>? environment = null)
    {
        if (settings.UserName is null)
        {
            return null;
        }

        environment ??= Environment.GetEnvironmentVariable;
        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (settings.PasswordFile is not { } file)
        {
            throw new ConfigurationException(Localization.Text.Message("Config_PasswordMissing", SettingKeys.EmailUserName, EnvironmentVariable, SettingKeys.EmailPasswordFile));
        }

        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(Localization.Text.Message("Config_PasswordFileUnreadable", file, SettingKeys.EmailPasswordFile, e.Message), e);
        }

        // Editors and "echo" end the file with a line break, which is not part of the password.
        var password = text.TrimEnd('\r', '\n');
        return password.Length > 0
            ? password
            : throw new ConfigurationException(Localization.Text.Message("Config_PasswordFileEmpty", file, SettingKeys.EmailPasswordFile));
    }
}
