using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EduReport.Analyse;

/// <summary>Writes <see cref="ReportResults"/> as results.json: UTF-8, camelCase names, numbers in invariant format.</summary>
public static class ResultsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },

        // Source-generated metadata saves the reflection that the first serialization in a process
        // otherwise spends. Reflection still describes the recommendations' evidence, which is typed
        // as object because every rule has its own.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ResultsJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static byte[] Serialize(ReportResults results) => JsonSerializer.SerializeToUtf8Bytes(results, Options);
}

[JsonSerializable(typeof(ReportResults))]
internal sealed partial class ResultsJsonContext : JsonSerializerContext;
