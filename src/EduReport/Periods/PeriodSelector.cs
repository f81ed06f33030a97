using EduReport.Configuration;
using EduReport.Load;
using EduReport.Questions;

namespace EduReport.Periods;

/// <summary>
/// Resolves the period setting against the presentations of courses.csv, and finds for each module
/// of the period the presentations its change is measured against.
/// </summary>
public static class PeriodSelector
{
    public const string All = "all";
    public const string Latest = "latest";
    public const string RangeSeparator = "..";

    /// <summary>
    /// Selects the presentations that <paramref name="setting"/> names: every one for "all" or null,
    /// the last in time for "latest", one code, or every presentation from the first code of a range to
    /// the second, both included. Codes match the data ignoring the case of the letter.
    /// </summary>
    /// <exception cref="ConfigurationException">The setting is not a period, names a presentation that is not in the data, or names one when the data have no course.</exception>
    public static PeriodSelection Select(string? setting, Dataset dataset)
    {
        var text = string.IsNullOrWhiteSpace(setting) ? All : setting.Trim();
        if (!ReportPeriodSyntax.IsValid(text))
        {
            throw new ConfigurationException(Localization.Text.Message("Period_Invalid", text, Localization.Text.Message("Config_AllowedPeriod")));
        }

        var byModule = PresentationsByModule(dataset);
        var inData = byModule.Values
            .SelectMany(p => p)
            .Distinct(StringComparer.Ordinal)
            .Order(PresentationCode.Comparer)
            .ToArray();
        var covered = Resolve(text, inData);
        var period = new ReportPeriod(text, covered, inData, covered.Length == inData.Length);

        var coveredSet = covered.ToHashSet(StringComparer.Ordinal);
        var modules = new List<ModulePeriod>();
        foreach (var (module, presentations) in byModule.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var inPeriod = presentations.Where(coveredSet.Contains).ToArray();
            if (inPeriod.Length == 0)
            {
                continue;
            }

            // The period is a run of consecutive presentations, so the module's presentations before
            // its first one in the period are all earlier than the whole period.
            var first = Array.IndexOf(presentations, inPeriod[0]);
            var previous = presentations[Math.Max(0, first - inPeriod.Length)..first];
            modules.Add(new ModulePeriod(module, inPeriod, previous));
        }

        return new PeriodSelection(period, modules);
    }

    private static string[] Resolve(string text, string[] inData)
    {
        if (text.Equals(All, StringComparison.OrdinalIgnoreCase))
        {
            return inData;
        }

        if (inData.Length == 0)
        {
            throw new ConfigurationException(Localization.Text.Message("Period_NoPresentations", text));
        }

        if (text.Equals(Latest, StringComparison.OrdinalIgnoreCase))
        {
            return [inData[^1]];
        }

        var parts = text.Split(RangeSeparator);
        var start = Find(parts[0]);
        var end = parts.Length == 2 ? Find(parts[1]) : start;
        return inData
            .Where(p => PresentationCode.Compare(start, p) <= 0 && PresentationCode.Compare(p, end) <= 0)
            .ToArray();

        string Find(string code) =>
            inData.FirstOrDefault(p => PresentationCode.Compare(p, code) == 0)
            ?? throw new ConfigurationException(Localization.Text.Message("Period_UnknownPresentation", text, code, string.Join(", ", inData)));
    }

    /// <summary>Returns each module's presentations in courses.csv, in time order.</summary>
    private static Dictionary<string, string[]> PresentationsByModule(Dataset dataset)
    {
        var courses = dataset.Courses;
        return Enumerable.Range(0, courses.Count)
            .GroupBy(c => dataset.Modules[courses.Module[c]], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(c => dataset.Presentations[courses.Presentation[c]]).Distinct(StringComparer.Ordinal).Order(PresentationCode.Comparer).ToArray(),
                StringComparer.Ordinal);
    }
}
