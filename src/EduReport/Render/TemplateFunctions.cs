using System.Collections;
using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Runtime;

namespace EduReport.Render;

/// <summary>
/// The functions templates format values with. They only format and check the arguments of the
/// shared partials: every figure comes from the results. docs/templates.md describes each one.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(ReportFormatter format, TemplateSet templates)
    {
        var functions = new ScriptObject();
        functions.Import("num", new Func<object?, int, string>((value, decimals) => format.Number(ReportFormatter.ToDouble(value), decimals)));
        functions.Import("count", new Func<object?, string>(value => format.Count(ReportFormatter.ToDouble(value))));
        functions.Import("pct", new Func<object?, int, string>((value, decimals) => format.Percent(ReportFormatter.ToDouble(value), decimals)));
        functions.Import("exact", new Func<object?, string>(value => format.Exact(ReportFormatter.ToDouble(value))));
        functions.Import("pval", new Func<object?, string>(value => format.PValue(ReportFormatter.ToDouble(value))));
        // A capture block's text was escaped as it was written, so it is HTML and tr must not escape it again.
        functions.Import("captured_html", new Func<string?, RawHtml>(text => new RawHtml(text ?? string.Empty)));
        functions.Import("delta", new Func<object?, int, string>((value, decimals) => format.Delta(ReportFormatter.ToDouble(value), decimals)));
        functions.Import("delta_pp", new Func<object?, int, string>((value, decimals) => format.DeltaPoints(ReportFormatter.ToDouble(value), decimals)));
        functions.Import("fmt", new Func<object?, string, string>(format.Format));
        functions.Import("plural", new Func<object?, string, string>((value, word) => format.Plural(ReportFormatter.ToDouble(value) ?? 0, word)));
        var translate = (string text, params object?[] arguments) => Translate(text, arguments);
        functions.Import("tr", translate);
        functions.Import("table_columns", new Func<object?, ScriptArray>(TableColumns));
        functions.Import("table_options", new Func<object?, ScriptObject>(TableOptions));
        functions.Import("cell", new Func<TemplateContext, object?, ScriptObject, string>((context, row, column) =>
            format.Format(Cell(context, row, column["key"]), column["format"] as string ?? "text")));
        functions.Import("kpi_tiles", new Func<object?, ScriptArray>(tiles => KpiTiles(tiles, format)));
        // An optional template, such as a recommendation rule's title, can be included only when it exists.
        functions.Import("template_exists", new Func<string, bool>(templates.Contains));
        ProblemTextFunctions.Import(functions, format.Culture);
        return functions;
    }

    /// <summary>Fills the {0}, {1}... slots of a trusted string from the i18n file with HTML-escaped values.</summary>
    private static RawHtml Translate(string text, object?[] arguments)
    {
        var values = arguments.Select(a => a switch
        {
            RawHtml raw => raw.Value,
            double or float or decimal => throw new ArgumentException(Localization.Text.Message("Render_UnformattedNumber", Convert.ToString(a, CultureInfo.InvariantCulture))),
            IFormattable formattable => WebUtility.HtmlEncode(formattable.ToString(null, CultureInfo.InvariantCulture)),
            _ => WebUtility.HtmlEncode(a?.ToString() ?? string.Empty),
        }).ToArray<object>();
        return new RawHtml(string.Format(CultureInfo.InvariantCulture, text, values));
    }

    private static readonly string[] ColumnKeys = ["header", "key", "format", "align"];
    private static readonly string[] OptionKeys = ["class", "highlight", "caption", "id"];
    private static readonly string[] Alignments = ["left", "right", "center"];
    private const string DefaultDeltaFormat = "delta:1";

    private static readonly string[] TileKeys = ["label", "value", "note", "delta", "delta_format"];

    /// <summary>
    /// Checks the column definitions of <c>partials/table</c> and fills in their defaults: format "text",
    /// and right alignment for numeric formats. A misspelt key or format stops the run, as a misspelt
    /// variable does.
    /// </summary>
    private static ScriptArray TableColumns(object? columns)
    {
        if (columns is not IEnumerable items || columns is string)
        {
            throw new ArgumentException(Localization.Text.Message("Render_InvalidTableArgument", "columns", "[{header: ..., key: ...}, ...]"));
        }

        var result = new ScriptArray();
        var index = 0;
        foreach (var item in items)
        {
            index++;
            var column = item as IDictionary<string, object?>
                ?? throw new ArgumentException(Localization.Text.Message("Render_InvalidTableArgument", $"columns[{index - 1}]", "{header: ..., key: ...}"));
            CheckKeys(column, ColumnKeys, $"columns[{index - 1}]");
            if (!column.TryGetValue("header", out var header) || !column.TryGetValue("key", out var key) || key is null)
            {
                throw new ArgumentException(Localization.Text.Message("Render_InvalidTableArgument", $"columns[{index - 1}]", "{header: ..., key: ...}"));
            }

            var formatName = column.TryGetValue("format", out var f) ? f as string ?? "text" : "text";
            var spec = ValueFormat.Parse(formatName);
            var align = spec.IsNumeric ? "right" : "left";
            if (column.TryGetValue("align", out var requested) && requested is string requestedAlign)
            {
                align = requestedAlign;
            }

            if (!Alignments.Contains(align, StringComparer.Ordinal))
            {
                throw new ArgumentException(Localization.Text.Message("Render_InvalidTableOption", $"columns[{index - 1}].align", align, string.Join(", ", Alignments)));
            }

            result.Add(new ScriptObject
            {
                ["header"] = header,
                ["key"] = key,
                ["format"] = formatName,
                ["align"] = align,
                ["class"] = align switch { "right" => "num", "center" => "center", _ => string.Empty },
            });
        }

        return result;
    }

    /// <summary>
    /// Returns the value of a table cell: the member <c>key</c> of a row object (snake_case, as templates
    /// name members), the entry of a row dictionary, or the item at an index of a row list. A key the row
    /// lacks is an error that lists the keys it has.
    /// </summary>
    private static object? Cell(TemplateContext context, object? row, object? key)
    {
        switch (row, key)
        {
            case (null, _):
                return null;
            case (IDictionary<string, object?> dictionary, string name):
                return dictionary.TryGetValue(name, out var entry)
                    ? entry
                    : throw new ArgumentException(Localization.Text.Message("Render_MissingCellKey", name, string.Join(", ", dictionary.Keys.Order(StringComparer.Ordinal))));
            case (IList list, int index):
                return index >= 0 && index < list.Count
                    ? list[index]
                    : throw new ArgumentException(Localization.Text.Message("Render_MissingCellKey", index, "0–" + (list.Count - 1).ToString(CultureInfo.InvariantCulture)));
            case (_, string member):
                var accessor = context.GetMemberAccessor(row);
                return accessor.TryGetValue(context, context.CurrentSpan, row, member, out var value)
                    ? value
                    : throw new ArgumentException(Localization.Text.Message("Render_MissingCellKey", member, string.Join(", ", accessor.GetMembers(context, context.CurrentSpan, row))));
            default:
                throw new ArgumentException(Localization.Text.Message("Render_MissingCellKey", key, row.GetType().Name));
        }
    }

    /// <summary>Checks the options of <c>partials/table</c> and fills in their defaults.</summary>
    private static ScriptObject TableOptions(object? options)
    {
        var given = options switch
        {
            null => new Dictionary<string, object?>(),
            IDictionary<string, object?> dictionary => dictionary,
            _ => throw new ArgumentException(Localization.Text.Message("Render_InvalidTableArgument", "options", "{class: ..., highlight: {key: ..., value: ...}, caption: ..., id: ...}")),
        };
        CheckKeys(given, OptionKeys, "options");
        object? highlightKey = null;
        object? highlightValue = null;
        if (given.TryGetValue("highlight", out var highlight) && highlight is not null)
        {
            var rule = highlight as IDictionary<string, object?>;
            if (rule is null || !rule.TryGetValue("key", out highlightKey) || !rule.TryGetValue("value", out highlightValue))
            {
                throw new ArgumentException(Localization.Text.Message("Render_InvalidTableArgument", "options.highlight", "{key: ..., value: ...}"));
            }
        }

        return new ScriptObject
        {
            ["class"] = given.TryGetValue("class", out var cssClass) ? cssClass : null,
            ["caption"] = given.TryGetValue("caption", out var caption) ? caption : null,
            ["id"] = given.TryGetValue("id", out var id) ? id : null,
            ["highlight_key"] = highlightKey,
            ["highlight_value"] = highlightValue,
        };
    }

    /// <summary>
    /// Checks the tiles of <c>partials/kpis</c>: each needs a label and a value, and may have a note and a
    /// change since the previous period (<c>delta</c>, a number or null) with the format it prints in.
    /// Each returned tile also has <c>delta_text</c>, the change as the tile prints it, or null without one.
    /// </summary>
    private static ScriptArray KpiTiles(object? tiles, ReportFormatter formatter)
    {
        const string Shape = "[{label: ..., value: ..., note: ..., delta: ..., delta_format: ...}, ...]";
        if (tiles is not IEnumerable items || tiles is string)
        {
            throw new ArgumentException(Localization.Text.Message("Render_InvalidTableArgument", "tiles", Shape));
        }

        var result = new ScriptArray();
        var index = 0;
        foreach (var item in items)
        {
            var what = $"tiles[{index++}]";
            var tile = item as IDictionary<string, object?>
                ?? throw new ArgumentException(Localization.Text.Message("Render_InvalidTableArgument", what, Shape));
            CheckKeys(tile, TileKeys, what);
            if (!tile.TryGetValue("label", out var label) || !tile.TryGetValue("value", out var value))
            {
                throw new ArgumentException(Localization.Text.Message("Render_InvalidTableArgument", what, Shape));
            }

            var deltaFormat = tile.TryGetValue("delta_format", out var format) && format is string name ? name : DefaultDeltaFormat;
            ValueFormat.Parse(deltaFormat);
            var delta = tile.TryGetValue("delta", out var given) ? given : null;
            result.Add(new ScriptObject
            {
                ["label"] = label,
                ["value"] = value,
                ["note"] = tile.TryGetValue("note", out var note) ? note : null,
                ["delta"] = delta,
                ["delta_format"] = deltaFormat,
                ["delta_text"] = delta is null ? null : formatter.Change(delta, deltaFormat),
            });
        }

        return result;
    }

    private static void CheckKeys(IDictionary<string, object?> given, string[] known, string what)
    {
        foreach (var key in given.Keys.Order(StringComparer.Ordinal))
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                throw new ArgumentException(Localization.Text.Message("Render_UnknownTableKey", what, key, string.Join(", ", known)));
            }
        }
    }
}
