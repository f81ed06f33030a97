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

    /// <summary>The language a command chose after reading its settings, or null while none has.</summary>
    public string? Language { get; private set; }

    /// <summary>
    /// Makes <paramref name="language"/> the language of messages. It is also kept here, because a
    /// culture set inside an async command does not flow back to the caller that prints its error.
    /// </summary>
    public void UseLanguage(string language)
    {
        Language = language;
        UiLanguage.Apply(language);
    }

    public void Error(string message)
    {
        foreach (var line in message.Split('\n'))
        {
            ErrorWriter.WriteLine($"{Messages.Error_Prefix}: {line.TrimEnd('\r')}");
        }
    }

    /// <summary>Writes advice that follows an error, such as how to retry, labelled as a hint so that it does not read as a second error.</summary>
    public void Hint(string message)
    {
        foreach (var line in message.Split('\n'))
        {
            ErrorWriter.WriteLine($"{Messages.Hint_Prefix}: {line.TrimEnd('\r')}");
        }
    }

    public void Progress(string message) => ErrorWriter.WriteLine(message);
}
