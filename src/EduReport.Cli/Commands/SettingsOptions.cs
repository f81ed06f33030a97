using System.CommandLine;
using EduReport.Cli.Resources;
using EduReport.Configuration;

namespace EduReport.Cli.Commands;

/// <summary>
/// The options that every command reads its settings with: --config names the configuration file and
/// --set overrides any key. A command adds its own named options, such as --out, as overrides.
/// </summary>
internal sealed class SettingsOptions
{
    public Option<FileInfo?> Config { get; } = new("--config") { Description = Messages.Option_Config, HelpName = "FILE" };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = Messages.Option_Set,
        HelpName = "KEY=VALUE",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(Set);
    }

    /// <summary>Reads the settings; <paramref name="overrides"/> are the command's named options that were given.</summary>
    public EduReportSettings Load(ParseResult parse, IEnumerable<OptionSetting?> overrides) =>
        SettingsLoader.Load(new SettingsSources
        {
            ConfigurationFile = parse.GetValue(Config)?.FullName,
            Options = overrides.OfType<OptionSetting>().ToArray(),
            Assignments = parse.GetValue(Set) ?? [],
        });

    /// <summary>Returns the override of <paramref name="key"/> by <paramref name="option"/>, or null when the option was not given.</summary>
    public static OptionSetting? Override<T>(ParseResult parse, Option<T> option, string key, Func<T, string?> text)
    {
        var result = parse.GetResult(option);
        if (result is null || result.Implicit)
        {
            return null;
        }

        return parse.GetValue(option) is { } value && text(value) is { } written
            ? new OptionSetting(key, written, option.Name)
            : null;
    }
}
