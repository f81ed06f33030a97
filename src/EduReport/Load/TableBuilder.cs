namespace EduReport.Load;

/// <summary>Turns the rows of one table into typed columns. Rows that the <see cref="RowReader"/> rejects are left out.</summary>
internal abstract class TableBuilder
{
    public abstract OuladTable Table { get; }

    public abstract void Add(RowReader row);
}
