namespace EduReport.Tests.Support;

/// <summary>A test on the real OULAD tables, which runs only when EDUREPORT_OULAD_DIR names their folder.</summary>
public sealed class OuladFactAttribute : FactAttribute
{
    public const string Variable = "EDUREPORT_OULAD_DIR";

    public OuladFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set, so the tests on the real OULAD tables do not run. Set it to the folder of the OULAD CSV files.";
        }
    }

    /// <summary>The folder of the OULAD tables.</summary>
    public static string Directory => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set.");
}
