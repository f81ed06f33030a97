using System.Diagnostics;
using System.Text;

namespace EduReport.Tests.Support;

/// <summary>The edureport program running in watch mode, with its standard error collected as it arrives; disposing stops it.</summary>
public sealed class WatchProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _error = new();

    private WatchProcess(Process process)
    {
        _process = process;
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static WatchProcess Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(CliProcess.ProgramPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var watch = new WatchProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (watch._error)
            {
                watch._error.AppendLine(e.Data);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return watch;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }
}
