using System.Reflection;
using EduReport.Facts;

namespace EduReport.Configuration;

/// <summary>
/// Reads the "definitions" section into <see cref="Definitions"/>. Every public settable property of
/// the record is a key, in camelCase (passThreshold), so a definition added to the record can be set
/// in the configuration without a change here. Its limits, if any, go into <see cref="Ranges"/>.
/// </summary>
internal static class DefinitionsReader
{
    /// <summary>The allowed range of numeric definitions; a numeric definition not listed takes any value of its type.</summary>
    public static readonly IReadOnlyDictionary<string, (double Min, double Max)> Ranges = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        [nameof(Definitions.PassThreshold)] = (0, 100),
        [nameof(Definitions.MinAttemptsToRank)] = (1, int.MaxValue),
        [nameof(Definitions.SignificanceLevel)] = (double.Epsilon, 0.5),
    };

    public static Definitions Read(ConfigurationReader reader)
    {
        var definitions = new Definitions();
        foreach (var property in typeof(Definitions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var key = SettingKeys.Definitions + ":" + ConfigurationReader.CamelCase(property.Name);
            var value = ReadValue(reader, key, property, property.GetValue(definitions));
            if (value.Found)
            {
                // Definitions is immutable to its readers; it is filled here, before anyone sees it, through its init accessors.
                property.SetValue(definitions, value.Value);
            }
        }

        return definitions;
    }

    private static (bool Found, object? Value) ReadValue(ConfigurationReader reader, string key, PropertyInfo property, object? fallback)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string))
        {
            var text = reader.String(key);
            return (text is not null, text);
        }

        if (type.IsEnum || type == typeof(bool) || type == typeof(int) || type == typeof(double))
        {
            if (reader.String(key) is null)
            {
                return (false, null);
            }

            var (min, max) = Ranges.GetValueOrDefault(property.Name, (double.MinValue, double.MaxValue));
            object value = type switch
            {
                _ when type.IsEnum => reader.Enum(key, type, fallback!),
                _ when type == typeof(bool) => reader.Bool(key, (bool)fallback!),
                _ when type == typeof(int) => reader.Int(key, (int)fallback!, (int)Math.Max(min, int.MinValue), (int)Math.Min(max, int.MaxValue)),
                _ => reader.Double(key, (double)fallback!, min, max),
            };
            return (true, value);
        }

        if (property.PropertyType.IsAssignableFrom(typeof(string[])))
        {
            var list = reader.List(key);
            return (list is not null, list?.ToArray());
        }

        var bound = reader.Bind(key, property.PropertyType);
        return (bound is not null, bound);
    }
}
