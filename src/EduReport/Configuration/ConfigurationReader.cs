using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace EduReport.Configuration;

/// <summary>
/// Reads typed values from the merged configuration and collects every invalid value with the key,
/// the value, where it was set and the allowed values, so that one run reports all of them. It also
/// records each key it reads, which lets <see cref="CheckUnknownKeys"/> find misspelt keys.
/// </summary>
internal sealed class ConfigurationReader
{
    private readonly IConfigurationRoot _root;
    private readonly IReadOnlyList<ConfigurationSourceInfo> _sources;
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _listKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _boundKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _forbiddenKeys = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="sources">One entry per provider of <paramref name="root"/>, in the same order.</param>
    public ConfigurationReader(IConfigurationRoot root, IReadOnlyList<ConfigurationSourceInfo> sources)
    {
        _root = root;
        _sources = sources;
    }

    public IReadOnlyList<string> Problems => _problems;

    public void AddProblem(string message) => _problems.Add(message);

    /// <summary>
    /// Binds the section <paramref name="key"/> to <paramref name="type"/> with the configuration
    /// binder, for values that are neither scalars nor lists of strings. Returns null when the section
    /// is missing or cannot be bound; the second case is recorded as a problem.
    /// </summary>
    public object? Bind(string key, Type type)
    {
        _keys.Add(key);
        _boundKeys.Add(key);
        var section = _root.GetSection(key);
        if (!section.Exists())
        {
            return null;
        }

        try
        {
            return section.Get(type, options => options.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            _problems.Add(Localization.Text.Message("Config_BindFailed", key, Describe(key), e.Message));
            return null;
        }
    }

    /// <summary>
    /// Returns the value of a key that must not be set, or null when it is not. The key is neither
    /// listed among the known keys nor reported as unknown: the caller reports it.
    /// </summary>
    public string? Forbidden(string key)
    {
        _forbiddenKeys.Add(key);
        return _root[key];
    }

    /// <summary>Returns the trimmed value of <paramref name="key"/>, or null when it is missing or empty.</summary>
    public string? String(string key)
    {
        _keys.Add(key);
        var value = _root[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Returns a full path: relative paths start at the folder of the configuration file that set them, or at the working directory.</summary>
    public string? Path(string key)
    {
        var value = String(key);
        if (value is null)
        {
            return null;
        }

        var source = SourceOf(key);
        return System.IO.Path.GetFullPath(value, source?.BaseDirectory ?? Environment.CurrentDirectory);
    }

    public int Int(string key, int fallback, int min, int max) =>
        (int)Number(key, fallback, min, max, integer: true);

    public long Long(string key, long fallback, long min, long max) =>
        (long)Number(key, fallback, min, max, integer: true);

    public double Double(string key, double fallback, double min, double max) =>
        Number(key, fallback, min, max, integer: false);

    public bool Bool(string key, bool fallback)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Invalid(key, text, "true, false");
        return fallback;
    }

    /// <summary>Reads an enum by member name, ignoring case; the allowed values are listed in camelCase.</summary>
    public object Enum(string key, Type enumType, object fallback)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        var names = System.Enum.GetNames(enumType);
        var match = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return System.Enum.Parse(enumType, match);
        }

        Invalid(key, text, string.Join(", ", names.Select(CamelCase)));
        return fallback;
    }

    public T Enum<T>(string key, T fallback)
        where T : struct, Enum => (T)Enum(key, typeof(T), fallback);

    /// <summary>Returns a value that must be one of <paramref name="allowed"/> (ignoring case), in the spelling of the list.</summary>
    public string? OneOf(string key, IReadOnlyList<string> allowed)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Invalid(key, text, string.Join(", ", allowed));
        }

        return match;
    }

    /// <summary>
    /// Reads a list written as a JSON array or as one comma-separated string. The list comes whole
    /// from the source with the highest precedence that sets it: arrays from two sources are never
    /// merged item by item, so that an override replaces the list from the file.
    /// </summary>
    public IReadOnlyList<string>? List(string key)
    {
        _keys.Add(key);
        _listKeys.Add(key);
        for (var i = _root.Providers.Count() - 1; i >= 0; i--)
        {
            var provider = _root.Providers.ElementAt(i);
            if (provider.TryGet(key, out var scalar) && scalar is not null)
            {
                return Split(scalar);
            }

            var children = provider.GetChildKeys([], key).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            if (children.Length > 0)
            {
                return children
                    .Select(c => (Index: int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue, Key: c))
                    .OrderBy(c => c.Index)
                    .Select(c => provider.TryGet(key + ":" + c.Key, out var item) ? item?.Trim() : null)
                    .Where(item => !string.IsNullOrEmpty(item))
                    .Select(item => item!)
                    .ToArray();
            }
        }

        return null;
    }

    /// <summary>Records an invalid value: the key, the value, where it was set and the allowed values.</summary>
    public void Invalid(string key, string value, string allowed) =>
        _problems.Add(Localization.Text.Message("Config_InvalidValue", key, value, Describe(key), allowed));

    /// <summary>Records that the value of <paramref name="key"/> breaks a rule stated in <paramref name="reason"/>.</summary>
    public void Rejected(string key, string value, string reason) =>
        _problems.Add(Localization.Text.Message("Config_RejectedValue", key, value, Describe(key), reason));

    /// <summary>Returns where <paramref name="key"/> (or an item of it) was set: the source of highest precedence.</summary>
    public ConfigurationSourceInfo? SourceOf(string key)
    {
        for (var i = _root.Providers.Count() - 1; i >= 0; i--)
        {
            var provider = _root.Providers.ElementAt(i);
            if (provider.TryGet(key, out _) || provider.GetChildKeys([], key).Any())
            {
                return _sources[i];
            }
        }

        return null;
    }

    /// <summary>Names where <paramref name="key"/> was set, such as a file path or an environment variable.</summary>
    public string Describe(string key) => SourceOf(key)?.Describe(key) ?? key;

    /// <summary>
    /// Reports every key that the settings do not define, in the sources that are checked (the
    /// configuration file and the command line). Environment variables are not checked, because
    /// EDUREPORT_ variables of other tools share the prefix.
    /// </summary>
    public void CheckUnknownKeys()
    {
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _sources.Count; i++)
        {
            if (!_sources[i].CheckUnknownKeys)
            {
                continue;
            }

            foreach (var key in AllKeys(_root.Providers.ElementAt(i), null))
            {
                var unknown = FirstUnknownPrefix(key);
                if (unknown is not null && reported.Add(unknown))
                {
                    var parent = ParentOf(unknown);
                    var siblings = _keys
                        .Where(k => parent is null || k.StartsWith(parent + ":", StringComparison.OrdinalIgnoreCase))
                        .Select(k => (parent is null ? k : k[(parent.Length + 1)..]).Split(':')[0])
                        .Distinct(StringComparer.OrdinalIgnoreCase)
                        .Order(StringComparer.OrdinalIgnoreCase);
                    _problems.Add(Localization.Text.Message("Config_UnknownKey", unknown, _sources[i].Describe(unknown), string.Join(", ", siblings)));
                }
            }
        }
    }

    /// <summary>Returns "someKey" for "SomeKey".</summary>
    public static string CamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private double Number(string key, double fallback, double min, double max, bool integer)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        var styles = integer ? NumberStyles.AllowLeadingSign : NumberStyles.Float;
        var parsed = integer
            ? long.TryParse(text, styles, CultureInfo.InvariantCulture, out var whole) ? whole : (double?)null
            : double.TryParse(text, styles, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) ? real : null;
        if (parsed is { } value && value >= min && value <= max)
        {
            return value;
        }

        var allowed = AllowedNumbers(min, max, integer);
        Invalid(key, text, allowed);
        return fallback;
    }

    private static string AllowedNumbers(double min, double max, bool integer)
    {
        var (low, high) = (min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
        if (min == double.Epsilon && !integer)
        {
            // A range from the smallest positive double means "greater than 0", which reads better than 5E-324.
            return Localization.Text.Message("Config_AllowedNumberAboveZero", high);
        }

        var kind = integer ? "Integer" : "Number";
        var bounded = (min > int.MinValue, max < int.MaxValue);
        return bounded switch
        {
            (true, true) => Localization.Text.Message($"Config_Allowed{kind}Range", low, high),
            (true, false) => Localization.Text.Message($"Config_Allowed{kind}Min", low),
            _ => Localization.Text.Message($"Config_Allowed{kind}"),
        };
    }

    private string? FirstUnknownPrefix(string key)
    {
        var parts = key.Split(':');
        for (var length = 1; length <= parts.Length; length++)
        {
            var prefix = string.Join(':', parts.Take(length));
            if (_boundKeys.Contains(prefix) || _forbiddenKeys.Contains(prefix))
            {
                return null;
            }

            if (_keys.Contains(prefix))
            {
                // A list item such as email:to:0 belongs to the list; anything below a scalar key is unknown.
                var isListItem = _listKeys.Contains(prefix) && length == parts.Length - 1
                    && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out _);
                return length == parts.Length || isListItem ? null : key;
            }

            var isSection = _keys.Any(k => k.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase));
            if (!isSection)
            {
                return prefix;
            }
        }

        return key;
    }

    private static string? ParentOf(string key)
    {
        var colon = key.LastIndexOf(':');
        return colon < 0 ? null : key[..colon];
    }

    private static IEnumerable<string> AllKeys(IConfigurationProvider provider, string? parent)
    {
        foreach (var child in provider.GetChildKeys([], parent).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var path = parent is null ? child : parent + ":" + child;
            var hasChildren = provider.GetChildKeys([], path).Any();
            if (!hasChildren)
            {
                yield return path;
                continue;
            }

            foreach (var nested in AllKeys(provider, path))
            {
                yield return nested;
            }
        }
    }

    private static string[] Split(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
