using EduReport.Load;

namespace EduReport.Check;

/// <summary>
/// The rows a check leaves out of the analysis, and the values it blanks (scores and weights that
/// cannot be right). A dropped course or assessment row repeats an earlier one, which the rows that
/// pointed at it point at instead.
/// </summary>
internal sealed class RowDrops(Dataset dataset)
{
    private bool[]? _courses;
    private int[]? _courseOriginal;
    private bool[]? _assessments;
    private int[]? _assessmentOriginal;
    private bool[]? _submissions;
    private bool[]? _registrations;
    private bool[]? _blankScores;
    private bool[]? _blankWeights;

    public bool IsEmpty => _courses is null && _assessments is null && _submissions is null && _registrations is null
        && _blankScores is null && _blankWeights is null;

    public void DropCourse(int row, int original)
    {
        _courses ??= new bool[dataset.Courses.Count];
        _courseOriginal ??= Identity(dataset.Courses.Count);
        _courses[row] = true;
        _courseOriginal[row] = original;
    }

    public void DropAssessment(int row, int original)
    {
        _assessments ??= new bool[dataset.Assessments.Count];
        _assessmentOriginal ??= Identity(dataset.Assessments.Count);
        _assessments[row] = true;
        _assessmentOriginal[row] = original;
    }

    public void DropSubmission(int row) => (_submissions ??= new bool[dataset.Submissions.Count])[row] = true;

    public void DropRegistration(int row) => (_registrations ??= new bool[dataset.Registrations.Count])[row] = true;

    public bool IsSubmissionDropped(int row) => _submissions?[row] ?? false;

    public bool IsAssessmentDropped(int row) => _assessments?[row] ?? false;

    public void BlankScore(int row) => (_blankScores ??= new bool[dataset.Submissions.Count])[row] = true;

    public void BlankWeight(int row) => (_blankWeights ??= new bool[dataset.Assessments.Count])[row] = true;

    /// <summary>Returns the dataset without the dropped rows and with the blanked values; the same dataset when nothing changes.</summary>
    public Dataset Apply()
    {
        if (IsEmpty)
        {
            return dataset;
        }

        var courseMap = NewIndexes(_courses, _courseOriginal, dataset.Courses.Count);
        var assessmentMap = NewIndexes(_assessments, _assessmentOriginal, dataset.Assessments.Count);
        int MapCourse(int course) => course < 0 ? course : courseMap[course];
        int MapAssessment(int assessment) => assessment < 0 ? assessment : assessmentMap[assessment];

        var c = dataset.Courses;
        var courses = new CourseTable
        {
            Module = Keep(c.Module, _courses),
            Presentation = Keep(c.Presentation, _courses),
            Length = Keep(c.Length, _courses),
            Line = Keep(c.Line, _courses),
        };

        var a = dataset.Assessments;
        var weights = a.Weight;
        if (_blankWeights is not null)
        {
            weights = (double[])weights.Clone();
            for (var row = 0; row < weights.Length; row++)
            {
                weights[row] = _blankWeights[row] ? double.NaN : weights[row];
            }
        }

        var assessments = new AssessmentTable
        {
            Id = Keep(a.Id, _assessments),
            Course = Keep(a.Course, _assessments, MapCourse),
            Module = Keep(a.Module, _assessments),
            Presentation = Keep(a.Presentation, _assessments),
            Type = Keep(a.Type, _assessments),
            Date = Keep(a.Date, _assessments),
            Weight = Keep(weights, _assessments),
            Line = Keep(a.Line, _assessments),
        };

        var s = dataset.Submissions;
        var scores = s.Score;
        if (_blankScores is not null)
        {
            scores = (float[])scores.Clone();
            for (var row = 0; row < scores.Length; row++)
            {
                scores[row] = _blankScores[row] ? float.NaN : scores[row];
            }
        }

        var submissions = new SubmissionTable
        {
            Assessment = Keep(s.Assessment, _submissions, MapAssessment),
            AssessmentId = Keep(s.AssessmentId, _submissions),
            Student = Keep(s.Student, _submissions),
            DateSubmitted = Keep(s.DateSubmitted, _submissions),
            IsBanked = Keep(s.IsBanked, _submissions),
            Score = Keep(scores, _submissions),
            Line = Keep(s.Line, _submissions),
        };

        var r = dataset.Registrations;
        var registrations = new RegistrationTable
        {
            Course = Keep(r.Course, _registrations, MapCourse),
            Module = Keep(r.Module, _registrations),
            Presentation = Keep(r.Presentation, _registrations),
            Student = Keep(r.Student, _registrations),
            DateRegistration = Keep(r.DateRegistration, _registrations),
            DateUnregistration = Keep(r.DateUnregistration, _registrations),
            Line = Keep(r.Line, _registrations),
        };

        var sources = dataset.Sources
            .Select(source => source with { RowsExcluded = source.RowsExcluded + Dropped(source.Table) })
            .ToArray();
        return new Dataset(dataset.Modules, dataset.Presentations, courses, assessments, submissions, registrations, sources);
    }

    private long Dropped(OuladTable table) => (table switch
    {
        OuladTable.Courses => _courses,
        OuladTable.Assessments => _assessments,
        OuladTable.StudentAssessment => _submissions,
        _ => _registrations,
    })?.Count(d => d) ?? 0;

    private static int[] Identity(int count)
    {
        var indexes = new int[count];
        for (var i = 0; i < count; i++)
        {
            indexes[i] = i;
        }

        return indexes;
    }

    /// <summary>Maps each old row to its new row; a dropped row maps to the new row of the row it repeats.</summary>
    private static int[] NewIndexes(bool[]? drop, int[]? original, int count)
    {
        var map = new int[count];
        var next = 0;
        for (var row = 0; row < count; row++)
        {
            map[row] = drop is not null && drop[row] ? -1 : next++;
        }

        if (drop is not null && original is not null)
        {
            for (var row = 0; row < count; row++)
            {
                if (drop[row])
                {
                    map[row] = map[original[row]];
                }
            }
        }

        return map;
    }

    private static T[] Keep<T>(T[] column, bool[]? drop, Func<T, T>? map = null)
    {
        if (drop is null && map is null)
        {
            return column;
        }

        var kept = new List<T>(column.Length);
        for (var row = 0; row < column.Length; row++)
        {
            if (drop is null || !drop[row])
            {
                kept.Add(map is null ? column[row] : map(column[row]));
            }
        }

        return [.. kept];
    }
}
