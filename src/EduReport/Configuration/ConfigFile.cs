using System.Text;
using System.Text.Json;

namespace EduReport.Configuration;

/// <summary>
/// An analyst-editable JSON configuration file, parsed up front. It remembers where each value and
/// each property name starts, so that an invalid setting is reported as <c>file(line,col)</c>.
/// </summary>
public sealed class ConfigFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly byte[] _bytes;
    private readonly int[] _lineStarts;
    private readonly Dictionary<string, int> _valueOffsets;
    private readonly Dictionary<string, int> _nameOffsets;

    private ConfigFile(string path, byte[] bytes, JsonDocument document, Dictionary<string, int> valueOffsets, Dictionary<string, int> nameOffsets)
    {
        Path = path;
        _bytes = bytes;
        _lineStarts = LineStarts(bytes);
        _valueOffsets = valueOffsets;
        _nameOffsets = nameOffsets;
        Root = new ConfigNode(this, document.RootElement.Clone(), string.Empty);
    }

    /// <summary>The path of the file as the analyst gave it.</summary>
    public string Path { get; }

    public ConfigNode Root { get; }

    /// <summary>Reads and parses a configuration file; throws a <see cref="ConfigurationException"/> when it is missing or is not valid JSON.</summary>
    public static ConfigFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(Localization.Text.Message("Config_MissingFile", path));
        }

        return Parse(path, File.ReadAllBytes(path));
    }

    /// <summary>Parses configuration text; <paramref name="path"/> only names it in error messages.</summary>
    public static ConfigFile Parse(string path, byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            var (values, names) = IndexOffsets(bytes);
            return new ConfigFile(path, bytes, document, values, names);
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(
                Localization.Text.Message("Config_InvalidJsonAt", path, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e.Message),
                e);
        }
    }

    /// <summary>Returns the 1-based line and column where the value at <paramref name="jsonPath"/> starts, or where its property name starts.</summary>
    internal (int Line, int Column) PositionOf(string jsonPath, bool name = false)
    {
        var offsets = name ? _nameOffsets : _valueOffsets;
        if (!offsets.TryGetValue(jsonPath, out var offset) && !_valueOffsets.TryGetValue(jsonPath, out offset))
        {
            offset = 0;
        }

        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = Encoding.UTF8.GetCharCount(_bytes, _lineStarts[line], offset - _lineStarts[line]) + 1;
        return (line + 1, column);
    }

    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>Walks the tokens once and records the byte offset of every value and property name by its path, such as <c>segments[2].when</c>.</summary>
    private static (Dictionary<string, int> Values, Dictionary<string, int> Names) IndexOffsets(byte[] bytes)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var containers = new Stack<Container>();
        string? propertyPath = null;

        string NextValuePath()
        {
            if (containers.Count == 0)
            {
                return string.Empty;
            }

            var top = containers.Peek();
            return top.IsArray ? $"{top.Path}[{top.NextIndex++}]" : propertyPath ?? top.Path;
        }

        while (reader.Read())
        {
            var offset = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    propertyPath = ConfigNode.Child(containers.Peek().Path, reader.GetString() ?? string.Empty);
                    names.TryAdd(propertyPath, offset);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var containerPath = NextValuePath();
                    values.TryAdd(containerPath, offset);
                    containers.Push(new Container(containerPath, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    values.TryAdd(NextValuePath(), offset);
                    break;
            }
        }

        return (values, names);
    }

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
