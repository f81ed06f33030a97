namespace EduReport.Load;

internal sealed class AssessmentTableBuilder(CodeBook modules, CodeBook presentations, Func<int, int, int> findCourse) : TableBuilder
{
    private static readonly Dictionary<string, AssessmentType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TMA"] = AssessmentType.Tma,
        ["CMA"] = AssessmentType.Cma,
        ["Exam"] = AssessmentType.Exam,
    };

    private readonly GrowableArray<int> _id = new(256);
    private readonly GrowableArray<int> _course = new(256);
    private readonly GrowableArray<int> _module = new(256);
    private readonly GrowableArray<int> _presentation = new(256);
    private readonly GrowableArray<AssessmentType> _type = new(256);
    private readonly GrowableArray<int> _date = new(256);
    private readonly GrowableArray<double> _weight = new(256);
    private readonly GrowableArray<int> _line = new(256);

    public override OuladTable Table => OuladTable.Assessments;

    public override void Add(RowReader row)
    {
        var module = row.Code(0);
        var presentation = row.Code(1);
        var id = row.Id(2);
        var type = row.Choice(3, Types);
        var date = row.Day(4);
        var weight = row.Number(5);
        if (row.Rejected)
        {
            return;
        }

        var moduleIndex = modules.Intern(module);
        var presentationIndex = presentations.Intern(presentation);
        _id.Add(id);
        _module.Add(moduleIndex);
        _presentation.Add(presentationIndex);
        _course.Add(findCourse(moduleIndex, presentationIndex));
        _type.Add(type);
        _date.Add(date);
        _weight.Add(weight);
        _line.Add(row.Line);
    }

    public AssessmentTable Build() => new()
    {
        Id = _id.ToArray(),
        Course = _course.ToArray(),
        Module = _module.ToArray(),
        Presentation = _presentation.ToArray(),
        Type = _type.ToArray(),
        Date = _date.ToArray(),
        Weight = _weight.ToArray(),
        Line = _line.ToArray(),
    };
}
