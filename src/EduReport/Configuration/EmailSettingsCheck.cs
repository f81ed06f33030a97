namespace EduReport.Configuration;

/// <summary>Checks, before any work starts, that the settings hold everything that sending needs.</summary>
public static class EmailSettingsCheck
{
    /// <summary>Throws a <see cref="ConfigurationException"/> that lists every missing value.</summary>
    public static void RequireComplete(EduReportSettings settings)
    {
        var email = settings.Email;
        var missing = new List<string>();
        if (email.Host is null)
        {
            missing.Add(SettingKeys.EmailHost);
        }

        if (email.From is null)
        {
            missing.Add(SettingKeys.EmailFrom);
        }

        if (email.To.Count == 0)
        {
            missing.Add(SettingKeys.EmailTo);
        }

        if (missing.Count > 0)
        {
            var where = settings.ConfigurationFile ?? SettingsLoader.DefaultFileName;
            throw new ConfigurationException(string.Join('\n', missing.Select(key => Localization.Text.Message("Config_EmailValueMissing", key, where))));
        }
    }
}
