using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EduReport.Render.Email;

/// <summary>
/// Converts the e-mail's HTML to the plain-text alternative that text-only clients show: one line per
/// heading, paragraph and table row, with cells separated by " | ". An element with a data-text
/// attribute becomes that text instead. Images are left out, because each chart's caption follows it as text.
/// </summary>
internal static class HtmlText
{
    /// <summary>An attribute whose value replaces the element's content as one line, such as "students: 2,000" for a KPI row.</summary>
    public const string TextAttribute = "data-text";

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "div", "tr", "li", "dt", "dd", "figcaption", "table", "ul", "ol", "dl",
    };

    public static string Convert(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body, text);
        var lines = text.ToString().Split('\n').Select(l => l.Trim()).ToList();

        // Blank lines only between blocks, never two in a row.
        var result = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }

            if (blank)
            {
                result.Append('\n');
                blank = false;
            }

            result.Append(line).Append('\n');
        }

        return result.ToString();
    }

    private static void Append(INode? node, StringBuilder text)
    {
        if (node is null)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(Collapse(textNode.Data));
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    if (cell.PreviousElementSibling is not null)
                    {
                        text.Append(" | ");
                    }

                    Append(cell, text);
                    break;
                case IElement { LocalName: "style" or "script" or "head" or "title" or "img" }:
                    break;
                case IElement element when element.GetAttribute(TextAttribute) is { } replacement:
                    text.Append("\n\n").Append(Collapse(replacement)).Append("\n\n");
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    text.Append("\n\n");
                    Append(element, text);
                    text.Append("\n\n");
                    break;
                default:
                    Append(child, text);
                    break;
            }
        }
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        if (space && builder.Length > 0)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }
}
