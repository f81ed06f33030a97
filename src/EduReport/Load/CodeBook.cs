namespace EduReport.Load;

/// <summary>
/// Interns the codes of one column (modules or presentations) as small integers, so that tables
/// store an index per row instead of a string.
/// </summary>
public sealed class CodeBook
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _codes = [];

    public int Count => _codes.Count;

    public IReadOnlyList<string> Codes => _codes;

    public string this[int index] => _codes[index];

    /// <summary>Returns the index of <paramref name="code"/>, adding it when it is new.</summary>
    public int Intern(string code)
    {
        if (!_indexes.TryGetValue(code, out var index))
        {
            index = _codes.Count;
            _codes.Add(code);
            _indexes.Add(code, index);
        }

        return index;
    }

    /// <summary>Returns the index of <paramref name="code"/>, adding it when it is new.</summary>
    public int Intern(ReadOnlySpan<char> code)
    {
        var lookup = _indexes.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(code, out var index) ? index : Intern(code.ToString());
    }

    public bool TryGetIndex(string code, out int index) => _indexes.TryGetValue(code, out index);
}
