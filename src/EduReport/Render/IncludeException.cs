using Scriban.Parsing;
using Scriban.Syntax;

namespace EduReport.Render;

/// <summary>
/// A runtime error inside an included template, with the include calls that led to it. Scriban reports
/// only the position inside the partial, but the mistake is often in the arguments of the call.
/// </summary>
internal sealed class IncludeException : ScriptRuntimeException
{
    public IncludeException(ScriptRuntimeException inner, SourceSpan caller)
        : base(inner.Span, inner.OriginalMessage, inner)
    {
        Callers = inner is IncludeException nested ? [.. nested.Callers, caller] : [caller];
    }

    /// <summary>The spans of the include calls, innermost first.</summary>
    public IReadOnlyList<SourceSpan> Callers { get; }
}
