namespace EduReport.Render;

/// <summary>Template errors, each printed as <c>file(line,col): error: message</c>, one per line.</summary>
public sealed class TemplateException : RenderException
{
    public TemplateException(IReadOnlyList<TemplateError> errors, Exception? innerException = null)
        : base(string.Join(Environment.NewLine, errors), innerException)
    {
        Errors = errors;
    }

    public IReadOnlyList<TemplateError> Errors { get; }
}
