namespace EduReport.Configuration;

/// <summary>
/// One configuration provider as the user sees it: how to name the place a key was set, the folder
/// that relative paths start from, and whether unknown keys in it are errors.
/// </summary>
internal sealed record ConfigurationSourceInfo(Func<string, string> Describe, string? BaseDirectory, bool CheckUnknownKeys);
