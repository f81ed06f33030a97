using EduReport.Problems;

namespace EduReport.Check;

/// <summary>
/// Counts the problems of one kind, file and column, and keeps the first few as examples, so that a
/// check over millions of rows adds a handful of entries to the <see cref="ProblemLog"/> instead of one per row.
/// </summary>
internal sealed class FindingCollector(ProblemLog log, ProblemKind kind, Severity severity, string? file, string? column)
{
    private readonly List<DataProblem> _examples = [];

    public long Count { get; private set; }

    /// <summary>Counts one problem and keeps it as an example while there is room for one.</summary>
    public void Add(long line, string? key, string? value = null, long otherLine = 0, params string[] arguments)
    {
        if (Next())
        {
            Example(line, key, value, otherLine, arguments);
        }
    }

    /// <summary>
    /// Counts one problem and returns whether it is to be kept as an example, in which case the caller
    /// passes its details to <see cref="Example"/>. Checks over millions of rows use this, so that keys
    /// are only written for the few problems that are kept.
    /// </summary>
    public bool Next()
    {
        Count++;
        return _examples.Count < log.ExamplesPerGroup;
    }

    public void Example(long line, string? key, string? value = null, long otherLine = 0, params string[] arguments) =>
        _examples.Add(new DataProblem(kind, severity, file, line, column, value, arguments) { Key = key, OtherLine = otherLine });

    /// <summary>Hands the count and the examples to the log; nothing is added when nothing was found.</summary>
    public void Flush()
    {
        if (Count == 0)
        {
            return;
        }

        for (var i = 0; i < _examples.Count - 1; i++)
        {
            log.Add(_examples[i]);
        }

        // The last example carries the problems that were counted but not kept.
        log.Add(_examples[^1], Count - (_examples.Count - 1));
        Count = 0;
        _examples.Clear();
    }
}
