using System.Diagnostics;

namespace EduReport.Tests.Support;

/// <summary>Runs the built edureport program as a child process, as a user would run it.</summary>
public static class CliProcess
{
    /// <summary>The path of edureport.dll, which the build copies next to the tests.</summary>
    public static string ProgramPath => Path.Combine(AppContext.BaseDirectory, "edureport.dll");

    public static ProcessResult Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return ProcessResult.Run(start, timeout ?? TimeSpan.FromMinutes(3));
    }
}

/// <summary>The exit code and output of a finished child process.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public static ProcessResult Run(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs a tool such as pdftotext and returns its standard output; a failure fails the test.</summary>
    public static string Tool(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var result = Run(start, TimeSpan.FromMinutes(1));
        return result.ExitCode == 0
            ? result.Output
            : throw new InvalidOperationException($"{fileName} failed with exit code {result.ExitCode}: {result.Error}");
    }

    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
