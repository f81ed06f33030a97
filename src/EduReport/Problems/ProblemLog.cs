namespace EduReport.Problems;

/// <summary>
/// Collects data problems from every stage. It counts all of them but keeps only the first
/// examples of each group, so that a file where every row is wrong does not fill the memory.
/// Safe to add to from several threads.
/// </summary>
public sealed class ProblemLog
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(ProblemKind, string?, string?), Group> _groups = [];
    private readonly List<(ProblemKind, string?, string?)> _order = [];

    /// <param name="examplesPerGroup">How many problems of one kind, file and column are kept as examples.</param>
    /// <param name="hideValues">Whether raw values are dropped as they arrive, because the data describes people.</param>
    public ProblemLog(int examplesPerGroup = 20, bool hideValues = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(examplesPerGroup);
        ExamplesPerGroup = examplesPerGroup;
        HideValues = hideValues;
    }

    public int ExamplesPerGroup { get; }

    public bool HideValues { get; }

    public void Add(DataProblem problem) => Add(problem, 1);

    /// <summary>Adds <paramref name="count"/> problems that <paramref name="example"/> stands for.</summary>
    public void Add(DataProblem example, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (HideValues && example.Value is not null)
        {
            example = example with { Value = null };
        }

        var key = (example.Kind, example.File, example.Column);
        lock (_lock)
        {
            if (!_groups.TryGetValue(key, out var group))
            {
                group = new Group(example.Severity);
                _groups.Add(key, group);
                _order.Add(key);
            }

            group.Count += count;
            group.Severity = (Severity)Math.Max((int)group.Severity, (int)example.Severity);
            if (group.Examples.Count < ExamplesPerGroup)
            {
                group.Examples.Add(example);
            }
        }
    }

    public long Count(Severity severity)
    {
        lock (_lock)
        {
            return _groups.Values.Where(g => g.Severity == severity).Sum(g => g.Count);
        }
    }

    public bool HasErrors => Count(Severity.Error) > 0;

    /// <summary>Returns the groups, most serious first, then in file, column and kind order.</summary>
    public IReadOnlyList<ProblemGroup> Groups()
    {
        lock (_lock)
        {
            return _order
                .Select(key => (Key: key, Group: _groups[key]))
                .OrderByDescending(g => g.Group.Severity)
                .ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Item3, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Item1)
                .Select(g => new ProblemGroup(
                    g.Key.Item1,
                    g.Group.Severity,
                    g.Key.Item2,
                    g.Key.Item3,
                    g.Group.Count,
                    g.Group.Examples.OrderBy(e => e.Line).ToArray()))
                .ToArray();
        }
    }

    private sealed class Group(Severity severity)
    {
        public Severity Severity { get; set; } = severity;

        public long Count { get; set; }

        public List<DataProblem> Examples { get; } = [];
    }
}
