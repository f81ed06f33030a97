using EduReport.Cli.Resources;

namespace EduReport.Cli;

/// <summary>
/// The command line's output. Results go to standard output, and errors and progress go to standard
/// error, so that results can be piped while progress stays visible.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter ErrorWriter { get; } = error;

    public void Error(string message)
    {
        foreach (var line in message.Split('\n'))
        {
            ErrorWriter.WriteLine($"{Messages.Error_Prefix}: {line.TrimEnd('\r')}");
        }
    }

    public void Progress(string message) => ErrorWriter.WriteLine(message);
}
