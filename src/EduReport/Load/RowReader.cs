using CsvHelper;
using EduReport.Problems;

namespace EduReport.Load;

/// <summary>
/// The current row of a table, read field by field. A field that cannot be read is logged with its
/// file, line, column and value, and marks the row as rejected so that the builder leaves it out.
/// </summary>
internal sealed class RowReader
{
    private readonly CsvReader _reader;
    private readonly int[] _columns;
    private readonly FieldParser _parser;
    private readonly ProblemLog _log;
    private readonly string _fileName;
    private readonly IReadOnlyList<string> _columnNames;

    public RowReader(CsvReader reader, int[] columns, FieldParser parser, ProblemLog log, string fileName, IReadOnlyList<string> columnNames)
    {
        _reader = reader;
        _columns = columns;
        _parser = parser;
        _log = log;
        _fileName = fileName;
        _columnNames = columnNames;
    }

    public bool Rejected { get; private set; }

    public int Line => (int)Math.Min(_reader.LineNumber, int.MaxValue);

    public void Begin() => Rejected = false;

    /// <summary>Reads a required code (module or presentation); a missing one rejects the row.</summary>
    public string Code(int slot)
    {
        var status = _parser.ParseCode(Field(slot), out var value);
        if (status != FieldStatus.Ok)
        {
            Reject(ProblemKind.MissingKey, slot);
        }

        return value;
    }

    /// <summary>Reads a required identifier; a missing or invalid one rejects the row.</summary>
    public int Id(int slot)
    {
        var status = _parser.ParseId(Field(slot), out var value);
        if (status == FieldStatus.Missing)
        {
            Reject(ProblemKind.MissingKey, slot);
        }
        else if (status == FieldStatus.Invalid)
        {
            Reject(ProblemKind.InvalidNumber, slot, Localization.Text.Message("Expected_Id"));
        }
        else if (status == FieldStatus.OutOfRange)
        {
            Reject(ProblemKind.NumberOutOfRange, slot, Localization.Text.Message("Expected_Maximum", int.MaxValue));
        }

        return value;
    }

    /// <summary>Reads an optional day or other whole number; missing gives <see cref="Missing.Day"/>.</summary>
    public int Day(int slot)
    {
        var status = _parser.ParseInt(Field(slot), out var value);
        if (status == FieldStatus.Invalid)
        {
            Reject(ProblemKind.InvalidNumber, slot, Localization.Text.Message("Expected_Integer"));
        }
        else if (status == FieldStatus.OutOfRange)
        {
            Reject(ProblemKind.NumberOutOfRange, slot, Localization.Text.Message("Expected_Maximum", int.MaxValue));
        }

        return status == FieldStatus.Ok ? value : Missing.Day;
    }

    /// <summary>Reads an optional decimal number; missing gives NaN.</summary>
    public double Number(int slot)
    {
        var status = _parser.ParseDouble(Field(slot), out var value);
        if (status == FieldStatus.Invalid)
        {
            Reject(ProblemKind.InvalidNumber, slot, Localization.Text.Message("Expected_Number"));
        }
        else if (status == FieldStatus.OutOfRange)
        {
            Reject(ProblemKind.NumberOutOfRange, slot, Localization.Text.Message("Expected_Maximum", FieldParser.MaxNumber));
        }

        return status == FieldStatus.Ok ? value : double.NaN;
    }

    /// <summary>Reads a 0/1 flag; a missing flag reads as false.</summary>
    public bool Flag(int slot)
    {
        var status = _parser.ParseFlag(Field(slot), out var value);
        if (status == FieldStatus.Invalid)
        {
            Reject(ProblemKind.InvalidValue, slot, Localization.Text.Message("Expected_OneOf", "0, 1"));
        }

        return value;
    }

    /// <summary>Reads one of a fixed set of values, matched ignoring case; anything else rejects the row.</summary>
    public T Choice<T>(int slot, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var status = _parser.ParseCode(Field(slot), out var text);
        if (status == FieldStatus.Ok && choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Reject(status == FieldStatus.Missing ? ProblemKind.MissingKey : ProblemKind.InvalidValue, slot, Localization.Text.Message("Expected_OneOf", string.Join(", ", choices.Keys)));
        return default;
    }

    private ReadOnlySpan<byte> Field(int slot) => _reader.GetSpan(_columns[slot]);

    private void Reject(ProblemKind kind, int slot, string? expected = null)
    {
        Rejected = true;
        _log.Add(new DataProblem(
            kind,
            Severity.Error,
            _fileName,
            _reader.LineNumber,
            _columnNames[slot],
            _reader.GetString(_columns[slot]),
            expected is null ? [] : [expected]));
    }
}
