using EduReport.Facts;
using EduReport.Load;

namespace EduReport.Periods;

/// <summary>
/// The facts of a period and of the period it is compared with, each built from the dataset
/// restricted to its courses before any analysis runs.
/// </summary>
/// <param name="Current">The facts of the period's courses, which every section reads.</param>
/// <param name="Comparable">The facts of the period's courses of the modules that have an earlier presentation; the same object as <paramref name="Current"/> when every module has one, and null when none has.</param>
/// <param name="Previous">The facts of those modules' previous presentations, or null when no module has one.</param>
public sealed record PeriodFacts(PeriodSelection Selection, FactSet Current, FactSet? Comparable, FactSet? Previous)
{
    /// <summary>Builds the facts of the period that <paramref name="selection"/> chose from <paramref name="dataset"/>.</summary>
    public static PeriodFacts Build(Dataset dataset, PeriodSelection selection, Definitions definitions)
    {
        var period = selection.Period;
        var covered = CodeIndexes(dataset.Presentations, period.Presentations);
        var current = FactsBuilder.Build(
            period.CoversAllData ? dataset : DatasetSubset.Of(dataset, (_, presentation) => covered.Contains(presentation)),
            definitions);

        var compared = selection.Modules.Where(m => !m.IsNew).ToArray();
        if (compared.Length == 0)
        {
            return new PeriodFacts(selection, current, null, null);
        }

        var previous = FactsBuilder.Build(DatasetSubset.Of(dataset, CoursesOf(dataset, compared, m => m.PreviousPresentations)), definitions);
        var comparable = compared.Length == selection.Modules.Count
            ? current
            : FactsBuilder.Build(DatasetSubset.Of(dataset, CoursesOf(dataset, compared, m => m.Presentations)), definitions);
        return new PeriodFacts(selection, current, comparable, previous);
    }

    /// <summary>Returns the facts of a report on every presentation, which has nothing to compare with.</summary>
    public static PeriodFacts Whole(FactSet facts) =>
        new(PeriodSelector.Select(PeriodSelector.All, facts.Dataset), facts, null, null);

    private static HashSet<int> CodeIndexes(CodeBook book, IEnumerable<string> codes) =>
        codes.Select(code => book.TryGetIndex(code, out var index) ? index : -1).Where(i => i >= 0).ToHashSet();

    /// <summary>Returns a test for the module and presentation pairs that <paramref name="presentations"/> gives each module.</summary>
    private static Func<int, int, bool> CoursesOf(Dataset dataset, IEnumerable<ModulePeriod> modules, Func<ModulePeriod, IReadOnlyList<string>> presentations)
    {
        var pairs = new HashSet<(int Module, int Presentation)>();
        foreach (var module in modules)
        {
            if (!dataset.Modules.TryGetIndex(module.Module, out var moduleIndex))
            {
                continue;
            }

            foreach (var index in CodeIndexes(dataset.Presentations, presentations(module)))
            {
                pairs.Add((moduleIndex, index));
            }
        }

        return (module, presentation) => pairs.Contains((module, presentation));
    }
}
