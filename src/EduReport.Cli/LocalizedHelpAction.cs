using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using EduReport.Cli.Resources;

namespace EduReport.Cli;

/// <summary>
/// Writes the help of a command with headings and labels from this program's messages, in the language
/// that <see cref="UiLanguage"/> chose. System.CommandLine 2.0.15 keeps its HelpBuilder internal, and its
/// Russian resources leave "Description:", "[options]", "(REQUIRED)" and the help option's text in
/// English, so the layout of its help is rebuilt here: description, usage, arguments, options, commands.
/// </summary>
internal sealed class LocalizedHelpAction : SynchronousCommandLineAction
{
    private const string Indent = "  ";

    /// <summary>Help is shown even when the rest of the command line has errors, such as a missing required option.</summary>
    public override bool ClearsParseErrors => true;

    /// <summary>Replaces the help action and the descriptions of the help and version options of <paramref name="root"/>.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = Messages.Help_HelpOption;
                    help.Action = new LocalizedHelpAction();
                    break;
                case VersionOption version:
                    version.Description = Messages.Help_VersionOption;
                    break;
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        Write(parseResult.CommandResult.Command, output);
        return ExitCodes.Success;
    }

    /// <summary>Writes the help of <paramref name="command"/>, with the options its ancestors pass down to it.</summary>
    public static void Write(Command command, TextWriter output)
    {
        var sections = new List<string>();
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            sections.Add(Messages.Help_DescriptionTitle + "\n" + Indent + command.Description);
        }

        sections.Add(Messages.Help_UsageTitle + "\n" + Indent + Usage(command));

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), Describe(a.Description, DefaultValue(a)))).ToList();
        if (arguments.Count > 0)
        {
            sections.Add(Messages.Help_ArgumentsTitle + "\n" + Columns(arguments));
        }

        var options = VisibleOptions(command).Select(o => (OptionLabel(o), Describe(o.Description, DefaultValue(o)))).ToList();
        if (options.Count > 0)
        {
            sections.Add(Messages.Help_OptionsTitle + "\n" + Columns(options));
        }

        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => (CommandLabel(c), c.Description ?? string.Empty)).ToList();
        if (commands.Count > 0)
        {
            sections.Add(Messages.Help_CommandsTitle + "\n" + Columns(commands));
        }

        foreach (var section in sections)
        {
            output.WriteLine(section);
            output.WriteLine();
        }
    }

    private static string Usage(Command command)
    {
        var chain = new List<Command>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            chain.Insert(0, current);
        }

        var parts = new List<string>();
        foreach (var item in chain)
        {
            parts.Add(item.Name);
            parts.AddRange(item.Arguments.Where(a => !a.Hidden).Select(ArgumentUsage));
        }

        if (command.Subcommands.Any(c => !c.Hidden))
        {
            parts.Add(Messages.Help_UsageCommand);
        }

        if (VisibleOptions(command).Count > 0)
        {
            parts.Add(Messages.Help_UsageOptions);
        }

        return string.Join(' ', parts);
    }

    /// <summary>Returns the command's own options, then the recursive options of its ancestors, such as --help.</summary>
    private static List<Option> VisibleOptions(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        }

        return options;
    }

    private static string ArgumentLabel(Argument argument) => "<" + (argument.HelpName ?? argument.Name) + ">";

    private static string ArgumentUsage(Argument argument)
    {
        var label = ArgumentLabel(argument) + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty);
        return argument.Arity.MinimumNumberOfValues == 0 ? "[" + label + "]" : label;
    }

    private static string OptionLabel(Option option)
    {
        // The Windows-style aliases of --help (/?, /h) work but are left out, as System.CommandLine's own help does.
        var names = option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (option.HelpName is { } helpName && option.Arity.MaximumNumberOfValues > 0)
        {
            label += " <" + helpName + ">";
        }

        return option.Required ? label + " " + Messages.Help_Required : label;
    }

    private static string CommandLabel(Command command)
    {
        var arguments = command.Arguments.Where(a => !a.Hidden).Select(ArgumentLabel);
        return string.Join(' ', arguments.Prepend(command.Name));
    }

    /// <summary>Returns the default value of an option or argument as text, or null when it has none worth showing (a flag's false).</summary>
    private static string? DefaultValue(Symbol symbol)
    {
        var (hasDefault, value, arity) = symbol switch
        {
            Option option => (option.HasDefaultValue, option.HasDefaultValue ? option.GetDefaultValue() : null, option.Arity),
            Argument argument => (argument.HasDefaultValue, argument.HasDefaultValue ? argument.GetDefaultValue() : null, argument.Arity),
            _ => (false, null, ArgumentArity.Zero),
        };
        if (!hasDefault || value is null || arity.MaximumNumberOfValues == 0 || value is bool)
        {
            return null;
        }

        return value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
    }

    private static string Describe(string? description, string? defaultValue) =>
        defaultValue is null
            ? description ?? string.Empty
            : (description + " " + string.Format(CultureInfo.InvariantCulture, Messages.Help_DefaultValue, defaultValue)).Trim();

    /// <summary>Lays out rows in two columns, the second starting two spaces after the widest first column, as System.CommandLine does.</summary>
    private static string Columns(IReadOnlyList<(string First, string Second)> rows)
    {
        var width = rows.Max(r => r.First.Length);
        return string.Join('\n', rows.Select(r => (Indent + r.First.PadRight(width) + Indent + r.Second).TrimEnd()));
    }
}
