using System.Text.RegularExpressions;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace EduReport.Render.Charts;

/// <summary>Creates ScottPlot plots in the report's style and turns them into inline SVG.</summary>
public static partial class ChartRenderer
{
    /// <summary>Returns an empty plot with the report's font, colours and culture-aware tick labels.</summary>
    public static Plot NewPlot(ChartStyle style)
    {
        var plot = new Plot();
        plot.Font.Set(style.FontFamily);
        var text = Color.FromHex(style.TextColor);
        plot.Axes.Color(text);
        plot.Grid.MajorLineColor = Color.FromHex("#000000").WithAlpha(0.08);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("N0", style.Culture) };
        return plot;
    }

    /// <summary>
    /// Formats an axis's tick labels for the report language by a <see cref="ValueFormat"/> name. Counts
    /// and percentages take no decimals on ticks; other numbers keep theirs, less any trailing zeros, so
    /// that a tick reads "230" rather than "230,0". A share never exceeds 100%, so a percentage axis
    /// that runs further to make room for value labels has no ticks beyond it.
    /// </summary>
    public static void FormatTicks(IAxis axis, string valueFormat, ChartContext context)
    {
        var spec = ValueFormat.Parse(valueFormat);
        var separator = context.Format.Culture.NumberFormat.NumberDecimalSeparator;
        Func<double, string> label = spec.Kind switch
        {
            ValueFormatKind.Count => v => context.Format.Count(v),
            ValueFormatKind.Percent => v => v > 1 + 1e-9 ? string.Empty : context.Format.Percent(v, 0),
            ValueFormatKind.DeltaPoints => v => context.Format.Percent(v, 0),
            _ => v => TrimZeros(context.Format.Number(v, spec.Kind == ValueFormatKind.Number ? spec.Decimals : 1), separator),
        };
        // Fewer ticks than ScottPlot's default, which crowds labels with group separators such as "7 000".
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = label, TickDensity = 0.6, IntegerTicksOnly = spec.Kind == ValueFormatKind.Count };
    }

    private static string TrimZeros(string number, string separator) =>
        number.Contains(separator, StringComparison.Ordinal) ? number.TrimEnd('0').TrimEnd(separator.ToCharArray()) : number;

    /// <summary>Returns the heat-map colour for a position from 0 (lowest value) to 1 (highest).</summary>
    public static Color Sequential(ChartStyle style, double position) =>
        Color.FromHex(style.SequentialLow).InterpolateRgb(Color.FromHex(style.SequentialHigh), Math.Clamp(position, 0, 1));

    /// <summary>Returns the palette colour of a tone; a palette with fewer colours repeats its colours.</summary>
    public static Color ToneColor(ChartStyle style, ChartTone tone) => Color.FromHex(style.Palette[(int)tone % style.Palette.Count]);

    /// <summary>
    /// Renders <paramref name="plot"/> as SVG for inlining: without the XML declaration, scalable, and
    /// with element ids prefixed by the chart name so that several charts on one page do not clash.
    /// </summary>
    public static ChartImage ToImage(string name, Plot plot, ChartStyle style)
    {
        var svg = plot.GetSvgXml(style.Width, style.Height);
        svg = XmlDeclaration().Replace(svg, string.Empty).Trim();
        svg = RenumberIds(svg, "c-" + name.Replace('_', '-') + "-");
        // Only the root element gets the viewBox; the background rectangle has the same size attributes.
        var size = $"width=\"{style.Width}\" height=\"{style.Height}\"";
        var at = svg.IndexOf(size, StringComparison.Ordinal);
        if (at >= 0)
        {
            svg = string.Concat(svg.AsSpan(0, at), $"viewBox=\"0 0 {style.Width} {style.Height}\" {size} role=\"img\"", svg.AsSpan(at + size.Length));
        }

        return new ChartImage(name, svg, style.Width, style.Height) { Png = RenderPng(plot, style) };
    }

    private static byte[]? RenderPng(Plot plot, ChartStyle style)
    {
        if (style.PngScale <= 0)
        {
            return null;
        }

        // ScaleFactor enlarges lines and text with the image, so the PNG has the layout of the SVG.
        var scale = plot.ScaleFactor;
        plot.ScaleFactor = style.PngScale;
        try
        {
            return plot.GetImageBytes((int)Math.Round(style.Width * style.PngScale), (int)Math.Round(style.Height * style.PngScale), ImageFormat.Png);
        }
        finally
        {
            plot.ScaleFactor = scale;
        }
    }

    /// <summary>
    /// Renames element ids to the chart's prefix and a number in order of appearance. Skia numbers
    /// clip paths with a process-wide counter, so its ids differ between runs and between charts.
    /// </summary>
    private static string RenumberIds(string svg, string prefix)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            names.TryAdd(match.Groups[1].Value, prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        string Rename(string id) => names.TryGetValue(id, out var renamed) ? renamed : id;
        svg = IdAttribute().Replace(svg, m => $"id=\"{Rename(m.Groups[1].Value)}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{Rename(m.Groups[1].Value)})");
        return HrefReference().Replace(svg, m => $"href=\"#{Rename(m.Groups[1].Value)}\"");
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();
}
