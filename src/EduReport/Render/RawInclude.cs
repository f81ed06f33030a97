using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EduReport.Render;

/// <summary>
/// Wraps Scriban's <c>include</c> so that an included template's output is written as markup, not
/// escaped again, and so that an error inside it also names the include call.
/// </summary>
internal sealed class RawInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        try
        {
            return new RawHtml(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty);
        }
        catch (ScriptRuntimeException e) when (callerContext is not null && !SameStart(e.Span, callerContext.Span))
        {
            throw new IncludeException(e, callerContext.Span);
        }
    }

    // A missing partial is reported at the include call itself, which needs no second location.
    private static bool SameStart(Scriban.Parsing.SourceSpan a, Scriban.Parsing.SourceSpan b) =>
        a.FileName == b.FileName && a.Start.Offset == b.Start.Offset;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
