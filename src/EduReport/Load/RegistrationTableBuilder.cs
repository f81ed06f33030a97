namespace EduReport.Load;

internal sealed class RegistrationTableBuilder(CodeBook modules, CodeBook presentations, Func<int, int, int> findCourse, int capacity) : TableBuilder
{
    private readonly GrowableArray<int> _course = new(capacity);
    private readonly GrowableArray<int> _module = new(capacity);
    private readonly GrowableArray<int> _presentation = new(capacity);
    private readonly GrowableArray<int> _student = new(capacity);
    private readonly GrowableArray<int> _dateRegistration = new(capacity);
    private readonly GrowableArray<int> _dateUnregistration = new(capacity);
    private readonly GrowableArray<int> _line = new(capacity);

    public override OuladTable Table => OuladTable.StudentRegistration;

    public override void Add(RowReader row)
    {
        var module = row.Code(0);
        var presentation = row.Code(1);
        var student = row.Id(2);
        var dateRegistration = row.Day(3);
        var dateUnregistration = row.Day(4);
        if (row.Rejected)
        {
            return;
        }

        var moduleIndex = modules.Intern(module);
        var presentationIndex = presentations.Intern(presentation);
        _module.Add(moduleIndex);
        _presentation.Add(presentationIndex);
        _course.Add(findCourse(moduleIndex, presentationIndex));
        _student.Add(student);
        _dateRegistration.Add(dateRegistration);
        _dateUnregistration.Add(dateUnregistration);
        _line.Add(row.Line);
    }

    public RegistrationTable Build() => new()
    {
        Course = _course.ToArray(),
        Module = _module.ToArray(),
        Presentation = _presentation.ToArray(),
        Student = _student.ToArray(),
        DateRegistration = _dateRegistration.ToArray(),
        DateUnregistration = _dateUnregistration.ToArray(),
        Line = _line.ToArray(),
    };
}
