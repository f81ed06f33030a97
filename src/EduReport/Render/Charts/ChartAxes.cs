using ScottPlot;
using ScottPlot.TickGenerators;

namespace EduReport.Render.Charts;

/// <summary>Axis helpers that several charts share: category ticks and percentage labels.</summary>
public static class ChartAxes
{
    /// <summary>Labels an axis with one tick per category at positions 0, 1, 2, ... (or the given positions).</summary>
    public static void Categories(IAxis axis, IReadOnlyList<string> labels, IReadOnlyList<double>? positions = null)
    {
        var ticks = positions?.ToArray() ?? Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray();
        axis.SetTicks(ticks, [.. labels]);
        axis.MajorTickStyle.Length = 0;
    }

    /// <summary>Formats an axis whose values are shares from 0 to 1 as percentages in the report culture.</summary>
    public static void Percent(IAxis axis, ChartStyle style) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("P0", style.Culture) };

    /// <summary>Formats an axis with the given number of decimals in the report culture.</summary>
    public static void Number(IAxis axis, ChartStyle style, int decimals) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("N" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), style.Culture) };

    /// <summary>Returns the report language's name from a dictionary of names by language, falling back to English.</summary>
    public static string Localized(IReadOnlyDictionary<string, string> names, ChartStyle style) =>
        names.TryGetValue(style.Culture.TwoLetterISOLanguageName, out var name) ? name : names.GetValueOrDefault("en", string.Empty);
}
