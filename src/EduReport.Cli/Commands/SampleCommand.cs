using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EduReport.Cli.Resources;
using EduReport.Load;
using EduReport.Sample;

namespace EduReport.Cli.Commands;

/// <summary><c>edureport sample</c>: writes a synthetic OULAD-format dataset.</summary>
internal static class SampleCommand
{
    public static Command Create(CliConsole console, string language)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = Messages.Option_SampleOut, Required = true, HelpName = "DIR" };
        var students = new Option<int>("--students") { Description = Messages.Option_Students, HelpName = "N", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = Messages.Option_Seed, HelpName = "S", DefaultValueFactory = _ => 1 };
        var force = new Option<bool>("--force") { Description = Messages.Option_SampleForce };

        var lang = UiLanguage.MessagesOption(language);
        var command = new Command("sample", Messages.Sample_Description) { output, students, seed, force, lang };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(students);
            if (count is < 1 or > SampleGenerator.MaxStudents)
            {
                throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_InvalidStudents, count, SampleGenerator.MaxStudents));
            }

            var folder = parse.GetValue(output)!.FullName;
            if (!parse.GetValue(force))
            {
                RejectExistingFiles(folder);
            }

            var timer = Stopwatch.StartNew();
            SampleSummary summary;
            try
            {
                summary = SampleGenerator.Write(folder, count, parse.GetValue(seed));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new DeliveryException(e.Message, e);
            }

            console.Progress(string.Format(
                CultureInfo.InvariantCulture,
                Messages.Sample_Done,
                summary.Students,
                summary.Registrations,
                summary.Submissions,
                folder,
                timer.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Throws when <paramref name="folder"/> already has one of the four files, which may be real data that the sample would replace.</summary>
    private static void RejectExistingFiles(string folder)
    {
        var existing = Enum.GetValues<OuladTable>()
            .Select(table => Path.Combine(folder, OuladSchema.FileName(table)))
            .FirstOrDefault(File.Exists);
        if (existing is not null)
        {
            throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_SampleFileExists, existing));
        }
    }
}
