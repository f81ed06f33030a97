using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EduReport.Tests.Localization;

/// <summary>Every message and every report text exists in English and in Russian, with the same {0} slots.</summary>
public sealed partial class TranslationTests
{
    private static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EduReport.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("EduReport.sln was not found above the test folder.");
        }
    }

    public static TheoryData<string> ResourceFiles() =>
    [
        "src/EduReport/Localization/Messages.resx",
        "src/EduReport.Cli/Resources/Messages.resx",
    ];

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void ResourcesMatchInBothLanguages(string englishPath)
    {
        var english = ReadResx(Path.Combine(RepositoryRoot, englishPath));
        var russian = ReadResx(Path.Combine(RepositoryRoot, englishPath.Replace(".resx", ".ru.resx", StringComparison.Ordinal)));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), russian.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.True(Slots(text).SetEquals(Slots(russian[key])), $"{key}: the {{n}} slots differ between English and Russian.");
        }
    }

    [Fact]
    public void ReportTextMatchesInBothLanguages()
    {
        var templates = Path.Combine(RepositoryRoot, "templates");
        var englishFiles = Directory.EnumerateFiles(templates, "*.json", SearchOption.AllDirectories)
            .Where(f => f.EndsWith("en.json", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(englishFiles);

        foreach (var englishFile in englishFiles)
        {
            var russianFile = englishFile[..^"en.json".Length] + "ru.json";
            Assert.True(File.Exists(russianFile), $"{russianFile} is missing.");
            var english = Flatten(englishFile);
            var russian = Flatten(russianFile);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), russian.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in english.Where(e => !e.Key.StartsWith("plural.", StringComparison.Ordinal)))
            {
                Assert.True(Slots(text).SetEquals(Slots(russian[key])), $"{englishFile} {key}: the {{n}} slots differ between English and Russian.");
            }
        }
    }

    [Fact]
    public void PluralTablesHaveEveryForm()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "templates"), "*.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (!document.RootElement.TryGetProperty("plural", out var plural))
            {
                continue;
            }

            var forms = file.EndsWith("ru.json", StringComparison.Ordinal) ? 3 : 2;
            foreach (var word in plural.EnumerateObject())
            {
                Assert.True(word.Value.GetArrayLength() == forms, $"{file}: plural.{word.Name} needs {forms} forms.");
            }
        }
    }

    private static Dictionary<string, string> ReadResx(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static Dictionary<string, string> Flatten(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        void Walk(JsonElement element, string prefix)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}");
                    }

                    break;
                case JsonValueKind.Array:
                    result[prefix] = element.GetRawText();
                    break;
                default:
                    result[prefix] = element.ToString();
                    break;
            }
        }

        Walk(document.RootElement, string.Empty);
        return result;
    }

    private static HashSet<string> Slots(string text) => Slot().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Slot();
}
