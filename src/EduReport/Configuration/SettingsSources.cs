namespace EduReport.Configuration;

/// <summary>
/// Where the settings of a run come from, from lowest to highest precedence: the configuration file,
/// environment variables that start with EDUREPORT_, named command-line options, then --set.
/// </summary>
public sealed record SettingsSources
{
    /// <summary>The file named with --config, or null to read edureport.json in the working directory when it exists.</summary>
    public string? ConfigurationFile { get; init; }

    /// <summary>The folder that relative paths outside the configuration file start from.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Whether environment variables that start with <see cref="SettingsLoader.EnvironmentPrefix"/> are read.</summary>
    public bool ReadEnvironment { get; init; } = true;

    /// <summary>Values of named command-line options such as --out, each with the key it sets.</summary>
    public IReadOnlyList<OptionSetting> Options { get; init; } = [];

    /// <summary>KEY=VALUE assignments from --set, which override every other source.</summary>
    public IReadOnlyList<string> Assignments { get; init; } = [];
}

/// <summary>A command-line option that sets a configuration key, such as --out for outputFolder.</summary>
/// <param name="Option">The option as typed, for messages, such as "--out".</param>
public sealed record OptionSetting(string Key, string Value, string Option);
