namespace EduReport.Load;

internal sealed class SubmissionTableBuilder(Func<int, int> findAssessment, int capacity) : TableBuilder
{
    private readonly GrowableArray<int> _assessment = new(capacity);
    private readonly GrowableArray<int> _assessmentId = new(capacity);
    private readonly GrowableArray<int> _student = new(capacity);
    private readonly GrowableArray<int> _dateSubmitted = new(capacity);
    private readonly GrowableArray<bool> _isBanked = new(capacity);
    private readonly GrowableArray<float> _score = new(capacity);
    private readonly GrowableArray<int> _line = new(capacity);

    public override OuladTable Table => OuladTable.StudentAssessment;

    public override void Add(RowReader row)
    {
        var assessmentId = row.Id(0);
        var student = row.Id(1);
        var dateSubmitted = row.Day(2);
        var isBanked = row.Flag(3);
        var score = row.Number(4);
        if (row.Rejected)
        {
            return;
        }

        _assessmentId.Add(assessmentId);
        _assessment.Add(findAssessment(assessmentId));
        _student.Add(student);
        _dateSubmitted.Add(dateSubmitted);
        _isBanked.Add(isBanked);
        _score.Add((float)score);
        _line.Add(row.Line);
    }

    public SubmissionTable Build() => new()
    {
        Assessment = _assessment.ToArray(),
        AssessmentId = _assessmentId.ToArray(),
        Student = _student.ToArray(),
        DateSubmitted = _dateSubmitted.ToArray(),
        IsBanked = _isBanked.ToArray(),
        Score = _score.ToArray(),
        Line = _line.ToArray(),
    };
}
