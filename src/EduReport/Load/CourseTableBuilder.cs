namespace EduReport.Load;

internal sealed class CourseTableBuilder(CodeBook modules, CodeBook presentations) : TableBuilder
{
    private readonly GrowableArray<int> _module = new(64);
    private readonly GrowableArray<int> _presentation = new(64);
    private readonly GrowableArray<int> _length = new(64);
    private readonly GrowableArray<int> _line = new(64);

    public override OuladTable Table => OuladTable.Courses;

    public override void Add(RowReader row)
    {
        var module = row.Code(0);
        var presentation = row.Code(1);
        var length = row.Day(2);
        if (row.Rejected)
        {
            return;
        }

        _module.Add(modules.Intern(module));
        _presentation.Add(presentations.Intern(presentation));
        _length.Add(length);
        _line.Add(row.Line);
    }

    public CourseTable Build() => new()
    {
        Module = _module.ToArray(),
        Presentation = _presentation.ToArray(),
        Length = _length.ToArray(),
        Line = _line.ToArray(),
    };
}
