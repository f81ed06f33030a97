using System.CommandLine;
using System.Globalization;
using EduReport.Cli.Resources;
using EduReport.Configuration;
using EduReport.Deliver.Email;
using Microsoft.Extensions.Logging;

namespace EduReport.Cli.Commands;

/// <summary><c>edureport send</c>: sends an e-mail file that an earlier report run wrote, to the recipients in the settings.</summary>
internal static class SendCommand
{
    public static Command Create(CliConsole console, string language, ILoggerFactory logging)
    {
        var file = new Argument<FileInfo?>("FILE") { Description = Messages.Send_File, Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<DirectoryInfo?>("--out") { Description = Messages.Option_SendOut, HelpName = "DIR" };
        var lang = new Option<string?>("--lang") { Description = Messages.Option_Lang, HelpName = "ru|en" };
        lang.AcceptOnlyFromAmong([.. UiLanguage.Supported]);
        var settingsOptions = new SettingsOptions();

        var command = new Command("send", Messages.Send_Description) { file, output, lang };
        settingsOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = settingsOptions.Load(parse,
            [
                SettingsOptions.Override(parse, output, SettingKeys.OutputFolder, d => d?.FullName),
                SettingsOptions.Override(parse, lang, SettingKeys.Language, l => l),
            ]);
            console.UseLanguage(settings.Language ?? language);
            var emailFile = parse.GetValue(file)?.FullName ?? NewestEmailFile(settings.OutputFolder);
            EmailFile.Check(emailFile);
            EmailSettingsCheck.RequireComplete(settings);
            var password = SmtpPassword.Read(settings.Email);

            console.Progress(Messages.Stage_Email);
            var sender = new EmailSender(settings.Email, password, logging.CreateLogger<EmailSender>());
            await SendLater.SendAsync(sender, emailFile, parse, settingsOptions, lang, cancellationToken).ConfigureAwait(false);
            console.Output.WriteLine(emailFile);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Returns the most recently written .eml file of the output folder; temporary files of a run in progress start with a dot and are skipped.</summary>
    private static string NewestEmailFile(string folder)
    {
        var newest = Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles("*.eml")
                .Where(f => !f.Name.StartsWith('.'))
                .MaxBy(f => f.LastWriteTimeUtc)
            : null;
        return newest?.FullName
            ?? throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_NoEmailFile, folder));
    }
}
