using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EduReport.Render;

/// <summary>
/// The report's bundled fonts, listed in fonts/fonts.json of the template set. They are loaded
/// explicitly everywhere text is drawn: as @font-face rules in the HTML, as registered fonts in
/// ScottPlot, and through a fontconfig file for Chromium's page header and footer. Machines without
/// system fonts would otherwise print no text at all.
/// </summary>
public sealed class FontSet
{
    private static readonly Lock ScottPlotLock = new();
    private static readonly HashSet<string> RegisteredWithScottPlot = [];

    private FontSet(string directory, string textFamily, IReadOnlyList<FontFaceEntry> faces)
    {
        Directory = directory;
        TextFamily = textFamily;
        Faces = faces;
    }

    /// <summary>The folder of the font files.</summary>
    public string Directory { get; }

    /// <summary>The family used for body text and charts.</summary>
    public string TextFamily { get; }

    public IReadOnlyList<FontFaceEntry> Faces { get; }

    /// <summary>Returns the families for a CSS font-family list, the text family first.</summary>
    public IEnumerable<string> Families => Faces.Select(f => f.Family).Prepend(TextFamily).Distinct(StringComparer.Ordinal);

    public static FontSet Load(string fontsDirectory)
    {
        var manifest = Path.Combine(fontsDirectory, "fonts.json");
        if (!File.Exists(manifest))
        {
            throw new RenderException(Localization.Text.Message("Render_MissingFile", manifest));
        }

        FontManifest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<FontManifest>(File.ReadAllBytes(manifest), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new RenderException(Localization.Text.Message("Render_InvalidJson", manifest, e.LineNumber + 1, e.BytePositionInLine + 1, e.Message), e);
        }

        if (parsed is null || parsed.Fonts.Count == 0 || string.IsNullOrWhiteSpace(parsed.TextFamily))
        {
            throw new RenderException(Localization.Text.Message("Render_NoFonts", manifest));
        }

        foreach (var face in parsed.Fonts)
        {
            var path = Path.Combine(fontsDirectory, face.File);
            if (!File.Exists(path))
            {
                throw new RenderException(Localization.Text.Message("Render_MissingFile", path));
            }
        }

        return new FontSet(Path.GetFullPath(fontsDirectory), parsed.TextFamily, parsed.Fonts);
    }

    /// <summary>Returns @font-face rules that embed every font file as a data URI, so the HTML loads nothing.</summary>
    public string CssFontFaces()
    {
        var css = new StringBuilder();
        foreach (var face in Faces)
        {
            var data = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Directory, face.File)));
            css.Append("@font-face{font-family:\"").Append(face.Family)
                .Append("\";font-weight:").Append(face.Weight)
                .Append(";font-style:").Append(face.Style)
                .Append(";src:url(data:font/ttf;base64,").Append(data).Append(") format(\"truetype\");}\n");
        }

        return css.ToString();
    }

    /// <summary>Registers the text family's files with ScottPlot, which otherwise looks for system fonts.</summary>
    public void RegisterWithScottPlot()
    {
        lock (ScottPlotLock)
        {
            foreach (var face in Faces.Where(f => f.Family == TextFamily))
            {
                var path = Path.Combine(Directory, face.File);
                if (RegisteredWithScottPlot.Add(path))
                {
                    ScottPlot.Fonts.AddFontFile(face.Family, path, bold: face.Weight >= 600, italic: face.Style == "italic");
                }
            }

            ScottPlot.Fonts.Default = TextFamily;
        }
    }

    /// <summary>Writes a fontconfig file that makes only the bundled fonts visible, and returns its path.</summary>
    public string WriteFontConfig(string directory)
    {
        var path = Path.Combine(directory, "fonts.conf");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <dir>{System.Security.SecurityElement.Escape(Directory)}</dir>
              <cachedir>{System.Security.SecurityElement.Escape(Path.Combine(directory, "fontconfig-cache"))}</cachedir>
              <alias><family>sans-serif</family><prefer><family>{System.Security.SecurityElement.Escape(TextFamily)}</family></prefer></alias>
            </fontconfig>
            """;
        File.WriteAllText(path, xml);
        return path;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record FontManifest(
        [property: JsonPropertyName("textFamily")] string TextFamily,
        [property: JsonPropertyName("fonts")] IReadOnlyList<FontFaceEntry> Fonts);
}

/// <summary>One font file: its family, CSS weight (400 regular, 700 bold) and style (normal or italic).</summary>
public sealed record FontFaceEntry(string Family, string File, int Weight, string Style);
