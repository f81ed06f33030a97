namespace EduReport.Tests.Support;

/// <summary>
/// Writes a small OULAD-format folder from rows given in the test, so that each test's expected
/// values can be worked out by hand from the rows it lists. Values are written unquoted, with LF
/// line endings, unless the test asks otherwise.
/// </summary>
public sealed class OuladFixture : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly List<string> _courses = [];
    private readonly List<string> _assessments = [];
    private readonly List<string> _submissions = [];
    private readonly List<string> _registrations = [];

    public string Path => _directory.Path;

    public OuladFixture Course(string module, string presentation, int length = 260)
    {
        _courses.Add($"{module},{presentation},{length}");
        return this;
    }

    public OuladFixture Assessment(string module, string presentation, int id, string type, string date = "", string weight = "100")
    {
        _assessments.Add($"{module},{presentation},{id},{type},{date},{weight}");
        return this;
    }

    public OuladFixture Submission(int assessment, int student, string dateSubmitted = "200", int banked = 0, string score = "")
    {
        _submissions.Add($"{assessment},{student},{dateSubmitted},{banked},{score}");
        return this;
    }

    public OuladFixture Registration(string module, string presentation, int student, string registered = "-30", string unregistered = "")
    {
        _registrations.Add($"{module},{presentation},{student},{registered},{unregistered}");
        return this;
    }

    /// <summary>Writes the four files and returns the folder.</summary>
    public string Write()
    {
        WriteTable("courses.csv", "code_module,code_presentation,module_presentation_length", _courses);
        WriteTable("assessments.csv", "code_module,code_presentation,id_assessment,assessment_type,date,weight", _assessments);
        WriteTable("studentAssessment.csv", "id_assessment,id_student,date_submitted,is_banked,score", _submissions);
        WriteTable("studentRegistration.csv", "code_module,code_presentation,id_student,date_registration,date_unregistration", _registrations);
        return Path;
    }

    public void Dispose() => _directory.Dispose();

    private void WriteTable(string name, string header, List<string> rows) =>
        _directory.Write(name, string.Join("\n", rows.Prepend(header)) + "\n");
}
