namespace EduReport.Problems;

/// <summary>How serious a data problem is. Errors make <c>validate</c> exit with a non-zero code.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
