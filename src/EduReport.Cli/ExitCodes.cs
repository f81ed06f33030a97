namespace EduReport.Cli;

/// <summary>The exit codes of edureport, as README.md documents them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Invalid command line or configuration.</summary>
    public const int Usage = 1;

    /// <summary>Input data that cannot be read, or data errors in strict mode or in <c>validate</c>.</summary>
    public const int Data = 2;

    /// <summary>A template, chart or PDF failure.</summary>
    public const int Render = 3;

    /// <summary>Output that cannot be written, or e-mail that cannot be sent.</summary>
    public const int Delivery = 4;

    /// <summary>An unexpected internal error, which is a bug; the details are written to a file in the temporary folder.</summary>
    public const int Internal = 70;

    /// <summary>The run was cancelled, for example with Ctrl+C; 130 is what shells report for SIGINT.</summary>
    public const int Cancelled = 130;
}
