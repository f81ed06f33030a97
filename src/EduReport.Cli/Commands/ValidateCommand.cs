using System.CommandLine;
using EduReport.Check;
using EduReport.Cli.Resources;
using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Cli.Commands;

/// <summary>
/// <c>edureport validate</c>: loads and checks a data folder and prints every problem, as tables or as
/// JSON. The exit code is 2 when there are errors (with --strict, also warnings), else 0.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console, string language)
    {
        var data = new Option<DirectoryInfo>("--data") { Description = Messages.Option_Data, Required = true, HelpName = "DIR" };
        var json = new Option<bool>("--json") { Description = Messages.Option_Json };
        var lang = UiLanguage.MessagesOption(language);

        var command = new Command("validate", Messages.Validate_Description) { data, json, lang };
        var load = new LoadOptionsBinder();
        load.AddTo(command);
        command.SetAction(parse =>
        {
            var options = load.Bind(parse);
            var folder = parse.GetValue(data)!.FullName;
            var result = DataChecker.Run(DatasetLoader.Load(folder, options));
            var failed = result.Problems.HasErrors || (options.Strict && result.Problems.Count(Severity.Warning) > 0);
            var exitCode = failed ? ExitCodes.Data : ExitCodes.Success;
            if (parse.GetValue(json))
            {
                ValidationJson.Write(console.Output, folder, result, exitCode);
            }
            else
            {
                ValidationTable.Write(console.Output, result);
            }

            return exitCode;
        });
        return command;
    }
}
