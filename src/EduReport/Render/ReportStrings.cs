using System.Text.Json;
using Scriban.Runtime;

namespace EduReport.Render;

/// <summary>
/// The report's text in one language, from i18n/LANG.json of the template set. Templates read it as
/// <c>t</c> (for example <c>t.sections.single_course_passers.title</c>); chart code reads it by dotted key.
/// </summary>
public sealed class ReportStrings
{
    private readonly Dictionary<string, string> _flat;

    private ReportStrings(ScriptObject tree, Dictionary<string, string> flat, IReadOnlyDictionary<string, string[]> plurals)
    {
        Tree = tree;
        _flat = flat;
        Plurals = plurals;
    }

    /// <summary>The strings as nested Scriban objects.</summary>
    public ScriptObject Tree { get; }

    /// <summary>Plural forms by word: one/other in English, one/few/many in Russian.</summary>
    public IReadOnlyDictionary<string, string[]> Plurals { get; }

    /// <summary>
    /// Reads i18n/LANG.json of a template set, and the text of each section from sections/NAME.LANG.json,
    /// which appears under <c>sections.name_in_snake_case</c>. A section's "plural" entries join the
    /// shared plural table.
    /// </summary>
    public static ReportStrings Load(string templatesDirectory, string language)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        var plurals = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var tree = LoadObject(Path.Combine(templatesDirectory, "i18n", language + ".json"), string.Empty, flat, plurals);

        var sections = new ScriptObject();
        tree["sections"] = sections;
        var suffix = "." + language + ".json";
        var sectionDirectory = Path.Combine(templatesDirectory, "sections");
        IEnumerable<string> sectionFiles = Directory.Exists(sectionDirectory)
            ? Directory.EnumerateFiles(sectionDirectory, "*" + suffix).Order(StringComparer.Ordinal)
            : [];
        foreach (var file in sectionFiles)
        {
            var name = SnakeCase(Path.GetFileName(file)[..^suffix.Length]);
            sections[name] = LoadObject(file, "sections." + name, flat, plurals);
        }

        return new ReportStrings(tree, flat, plurals);
    }

    /// <summary>Converts a section name such as SingleCoursePassers to single_course_passers.</summary>
    public static string SnakeCase(string name) => Scriban.Runtime.StandardMemberRenamer.Rename(name);

    private static ScriptObject LoadObject(string path, string prefix, Dictionary<string, string> flat, Dictionary<string, string[]> plurals)
    {
        if (!File.Exists(path))
        {
            throw new RenderException(Localization.Text.Message("Render_MissingFile", path));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new RenderException(Localization.Text.Message("Render_InvalidJson", path, e.LineNumber + 1, e.BytePositionInLine + 1, e.Message), e);
        }

        using (document)
        {
            var tree = Convert(document.RootElement, prefix, flat) as ScriptObject
                ?? throw new RenderException(Localization.Text.Message("Render_InvalidJson", path, 1, 1, "The top level must be an object."));
            if (document.RootElement.TryGetProperty("plural", out var pluralElement) && pluralElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var word in pluralElement.EnumerateObject())
                {
                    var forms = word.Value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray();

                    // Every file adds to one table, so a word with other forms elsewhere would silently win or lose.
                    if (plurals.TryGetValue(word.Name, out var existing) && !existing.SequenceEqual(forms, StringComparer.Ordinal))
                    {
                        throw new RenderException(Localization.Text.Message("Render_PluralConflict", word.Name, path, string.Join(", ", existing)));
                    }

                    plurals[word.Name] = forms;
                }
            }

            return tree;
        }
    }

    /// <summary>Returns the string at a dotted key, such as "sections.single_course_passers.chart_x".</summary>
    public string Get(string key) =>
        _flat.TryGetValue(key, out var value)
            ? value
            : throw new RenderException(Localization.Text.Message("Render_MissingString", key));

    /// <summary>Returns the string at a dotted key, or null when the text has none.</summary>
    public string? TryGet(string key) => _flat.GetValueOrDefault(key);

    private static object? Convert(JsonElement element, string prefix, Dictionary<string, string> flat)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var property in element.EnumerateObject())
                {
                    var key = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                    obj[property.Name] = Convert(property.Value, key, flat);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new ScriptArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(Convert(item, prefix, flat));
                }

                return array;
            case JsonValueKind.String:
                var text = element.GetString() ?? string.Empty;
                flat[prefix] = text;
                return text;
            case JsonValueKind.Number:
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
