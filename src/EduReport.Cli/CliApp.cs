using System.CommandLine;
using System.Globalization;
using EduReport.Cli.Commands;
using EduReport.Cli.Resources;
using EduReport.Render;

namespace EduReport.Cli;

/// <summary>The edureport command line: picks the language, builds the commands and maps failures to exit codes.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var language = UiLanguage.Detect(args);
        UiLanguage.Apply(language);

        var console = new CliConsole(output, error);
        using var logging = CliLogging.Create();
        var root = new RootCommand(Messages.Root_Description);
        root.Subcommands.Add(ReportCommand.Create(console, language, logging));
        root.Subcommands.Add(SendCommand.Create(console, language, logging));
        root.Subcommands.Add(ValidateCommand.Create(console, language));
        root.Subcommands.Add(SampleCommand.Create(console, language));
        root.Subcommands.Add(FetchCommand.Create(console, language));
        LocalizedHelpAction.Install(root);

        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await root.Parse(args).InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (TemplateException e)
        {
            // Compiler-style lines, without a prefix, so that editors can jump to each position.
            foreach (var templateError in e.Errors)
            {
                console.ErrorWriter.WriteLine(templateError.ToString());
            }

            console.Error(string.Format(CultureInfo.InvariantCulture, Messages.Error_TemplateErrors, e.Errors.Count));
            return ExitCodes.Render;
        }
        catch (Exception e) when (ExitCodeOf(e) is { } code)
        {
            if (console.Language is { } chosen)
            {
                UiLanguage.Apply(chosen);
            }

            console.Error(e.Message);
            if (e is EduReportException { Hint: { } hint })
            {
                console.Hint(hint);
            }

            return code;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            if (console.Language is { } chosen)
            {
                UiLanguage.Apply(chosen);
            }

            return ReportInternalError(e, console);
        }
    }

    /// <summary>
    /// Reports an exception that no stage turned into a message, which is a bug: one short line on
    /// standard error and the full exception in a file in the temporary folder, for a bug report.
    /// </summary>
    internal static int ReportInternalError(Exception exception, CliConsole console)
    {
        var detailsFile = Path.Combine(Path.GetTempPath(), $"edureport-error-{TimeProvider.System.GetUtcNow():yyyyMMdd-HHmmss}-{Environment.ProcessId}.txt");
        try
        {
            File.WriteAllText(detailsFile, exception.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a file, the details go to standard error, so that they are not lost.
            console.ErrorWriter.WriteLine(exception.ToString());
            detailsFile = Messages.Error_InternalDetailsAbove;
        }

        console.Error(string.Format(CultureInfo.InvariantCulture, Messages.Error_Internal, exception.GetType().Name, exception.Message.TrimEnd('.'), detailsFile, ExitCodes.Internal));
        return ExitCodes.Internal;
    }

    /// <summary>Returns the documented exit code of a failure the user can act on, or null for a bug.</summary>
    internal static int? ExitCodeOf(Exception exception) => exception switch
    {
        ConfigurationException => ExitCodes.Usage,
        DataException => ExitCodes.Data,
        RenderException => ExitCodes.Render,
        DeliveryException => ExitCodes.Delivery,
        _ => null,
    };
}
