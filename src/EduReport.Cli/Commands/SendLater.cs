using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using EduReport.Cli.Resources;
using EduReport.Deliver.Email;

namespace EduReport.Cli.Commands;

/// <summary>Sends a written e-mail file and, when sending fails, adds the <c>edureport send</c> command that retries it.</summary>
internal static partial class SendLater
{
    /// <summary>
    /// Sends <paramref name="emailFile"/>. A <see cref="DeliveryException"/> gets a hint with the
    /// command that sends the file again with the same --config, --set and --lang values.
    /// </summary>
    public static async Task SendAsync(EmailSender sender, string emailFile, ParseResult parse, SettingsOptions settings, Option<string?> lang, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(emailFile, cancellationToken).ConfigureAwait(false);
        }
        catch (DeliveryException e) when (e.InnerException is not null)
        {
            // Only a failure with a cause from the server or the network can pass on a later attempt, unlike a message that is too large.
            var folder = Path.GetDirectoryName(Path.GetFullPath(emailFile));
            var hint = string.Format(CultureInfo.InvariantCulture, Messages.Hint_SendLater, folder, RetryCommand(emailFile, parse, settings, lang));
            throw new DeliveryException(e.Message, e) { Hint = hint };
        }
    }

    /// <summary>Returns the shell command that sends <paramref name="emailFile"/> with the settings of this run.</summary>
    internal static string RetryCommand(string emailFile, ParseResult parse, SettingsOptions settings, Option<string?> lang)
    {
        var arguments = new List<string> { "edureport", "send", Path.GetFullPath(emailFile) };
        if (parse.GetValue(settings.Config) is { } config)
        {
            arguments.AddRange(["--config", config.FullName]);
        }

        foreach (var assignment in parse.GetValue(settings.Set) ?? [])
        {
            arguments.AddRange(["--set", assignment]);
        }

        if (parse.GetValue(lang) is { } language)
        {
            arguments.AddRange(["--lang", language]);
        }

        return string.Join(' ', arguments.Select(Quote));
    }

    /// <summary>Quotes an argument for a POSIX shell when it contains anything but safe characters.</summary>
    internal static string Quote(string argument) =>
        argument.Length > 0 && SafeArgument().IsMatch(argument)
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^[A-Za-z0-9_./:=@%+,-]+$")]
    private static partial Regex SafeArgument();
}
