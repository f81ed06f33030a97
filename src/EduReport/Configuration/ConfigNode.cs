using System.Globalization;
using System.Text.Json;

namespace EduReport.Configuration;

/// <summary>
/// One value of a <see cref="ConfigFile"/> with its path, such as <c>segments[2].when.monetary</c>.
/// Its readers check the value's type and range, and throw a <see cref="ConfigurationException"/>
/// that names the file, line, column, setting and value, and the expected form.
/// </summary>
public sealed class ConfigNode
{
    internal ConfigNode(ConfigFile file, JsonElement element, string path)
    {
        File = file;
        Element = element;
        Path = path;
    }

    public ConfigFile File { get; }

    public JsonElement Element { get; }

    /// <summary>The node's path in the file; the root's path is empty.</summary>
    public string Path { get; }

    /// <summary>Returns the member <paramref name="name"/> of this object; throws when it is missing.</summary>
    public ConfigNode Required(string name) =>
        Optional(name) ?? throw Error("Config_MissingSetting", DisplayPath, name);

    /// <summary>Returns the member <paramref name="name"/> of this object, or null when it is absent or null.</summary>
    public ConfigNode? Optional(string name)
    {
        ExpectKind(JsonValueKind.Object, "Config_ExpectObject");
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new ConfigNode(File, value, Child(Path, name))
            : null;
    }

    /// <summary>Returns the members of this object in file order.</summary>
    public IEnumerable<(string Name, ConfigNode Value)> Properties()
    {
        ExpectKind(JsonValueKind.Object, "Config_ExpectObject");
        return Element.EnumerateObject().Select(p => (p.Name, new ConfigNode(File, p.Value, Child(Path, p.Name)))).ToArray();
    }

    /// <summary>Returns the items of this array.</summary>
    public IReadOnlyList<ConfigNode> Items()
    {
        ExpectKind(JsonValueKind.Array, "Config_ExpectArray");
        return Element.EnumerateArray().Select((item, i) => new ConfigNode(File, item, $"{Path}[{i}]")).ToArray();
    }

    /// <summary>Rejects members of this object other than <paramref name="names"/>, which catches misspelt settings.</summary>
    public void AllowOnly(params string[] names)
    {
        foreach (var (name, _) in Properties())
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                var (line, column) = File.PositionOf(Child(Path, name), name: true);
                throw new ConfigurationException(Localization.Text.Message(
                    "Config_UnknownSetting", File.Path, line, column, name, DisplayPath, string.Join(", ", names)));
            }
        }
    }

    /// <summary>Reads a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int WholeNumber(int min, int max)
    {
        if (Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var value) && value >= min && value <= max)
        {
            return value;
        }

        throw Invalid("Config_ExpectInteger", min, max);
    }

    /// <summary>Reads a finite number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public double Number(double min = double.MinValue, double max = double.MaxValue)
    {
        if (Element.ValueKind == JsonValueKind.Number && Element.TryGetDouble(out var value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }

        throw Invalid("Config_ExpectNumber", Format(min), Format(max));
    }

    public bool Boolean() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Invalid("Config_ExpectBoolean"),
    };

    /// <summary>Reads a string that is not empty or blank.</summary>
    public string Text()
    {
        if (Element.ValueKind == JsonValueKind.String && Element.GetString() is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        throw Invalid("Config_ExpectText");
    }

    /// <summary>Returns an error about this value: the expectation is the message <paramref name="key"/> formatted with <paramref name="arguments"/>.</summary>
    public ConfigurationException Invalid(string key, params object?[] arguments)
    {
        var (line, column) = File.PositionOf(Path);
        var value = Element.ValueKind == JsonValueKind.String ? Element.GetString() : Element.GetRawText();
        if (value is { Length: > 80 })
        {
            value = value[..77] + "...";
        }

        return new ConfigurationException(Localization.Text.Message(
            "Config_InvalidSetting", File.Path, line, column, DisplayPath, value, Localization.Text.Message(key, arguments)));
    }

    internal static string Child(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    /// <summary>The path as messages show it: the root is "$", as in JSONPath.</summary>
    private string DisplayPath => Path.Length == 0 ? "$" : Path;

    private static string Format(double value) =>
        value is double.MinValue or double.MaxValue ? "∞" : value.ToString("0.###", CultureInfo.InvariantCulture);

    private void ExpectKind(JsonValueKind kind, string key)
    {
        if (Element.ValueKind != kind)
        {
            throw Invalid(key);
        }
    }

    private ConfigurationException Error(string key, params object?[] arguments)
    {
        var (line, column) = File.PositionOf(Path);
        object?[] located = [File.Path, line, column, .. arguments];
        return new ConfigurationException(Localization.Text.Message(key, located));
    }
}
