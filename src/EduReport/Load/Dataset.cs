namespace EduReport.Load;

/// <summary>The four tables of one export, with the code books that their module and presentation columns index.</summary>
public sealed class Dataset
{
    private readonly Dictionary<(int Module, int Presentation), int> _courseIndex;
    private readonly Dictionary<int, int> _assessmentIndex;

    public Dataset(
        CodeBook modules,
        CodeBook presentations,
        CourseTable courses,
        AssessmentTable assessments,
        SubmissionTable submissions,
        RegistrationTable registrations,
        IReadOnlyList<SourceFileInfo> sources)
    {
        Modules = modules;
        Presentations = presentations;
        Courses = courses;
        Assessments = assessments;
        Submissions = submissions;
        Registrations = registrations;
        Sources = sources;
        _courseIndex = BuildCourseIndex(courses);
        _assessmentIndex = BuildAssessmentIndex(assessments);
    }

    public CodeBook Modules { get; }

    public CodeBook Presentations { get; }

    public CourseTable Courses { get; }

    public AssessmentTable Assessments { get; }

    public SubmissionTable Submissions { get; }

    public RegistrationTable Registrations { get; }

    /// <summary>How each file was read: its path, encoding and delimiter.</summary>
    public IReadOnlyList<SourceFileInfo> Sources { get; }

    /// <summary>Returns the course row of a module and presentation, or -1.</summary>
    public int FindCourse(int module, int presentation) =>
        _courseIndex.TryGetValue((module, presentation), out var row) ? row : -1;

    /// <summary>Returns the assessment row with id_assessment <paramref name="id"/>, or -1.</summary>
    public int FindAssessment(int id) => _assessmentIndex.TryGetValue(id, out var row) ? row : -1;

    /// <summary>Returns a course's code as people write it, such as "DDD 2013B".</summary>
    public string CourseCode(int course) =>
        $"{Modules[Courses.Module[course]]} {Presentations[Courses.Presentation[course]]}";

    private static Dictionary<(int, int), int> BuildCourseIndex(CourseTable courses)
    {
        var index = new Dictionary<(int, int), int>(courses.Count);
        for (var row = 0; row < courses.Count; row++)
        {
            // The first row wins; the data-quality checks report duplicate courses.
            index.TryAdd((courses.Module[row], courses.Presentation[row]), row);
        }

        return index;
    }

    private static Dictionary<int, int> BuildAssessmentIndex(AssessmentTable assessments)
    {
        var index = new Dictionary<int, int>(assessments.Count);
        for (var row = 0; row < assessments.Count; row++)
        {
            index.TryAdd(assessments.Id[row], row);
        }

        return index;
    }
}
