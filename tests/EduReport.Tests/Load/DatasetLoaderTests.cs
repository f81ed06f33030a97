using System.Globalization;
using EduReport.Load;
using EduReport.Problems;
using EduReport.Tests.Support;

namespace EduReport.Tests.Load;

public sealed class DatasetLoaderTests
{
    private const string Courses = "code_module,code_presentation,module_presentation_length";
    private const string Assessments = "code_module,code_presentation,id_assessment,assessment_type,date,weight";
    private const string Submissions = "id_assessment,id_student,date_submitted,is_banked,score";
    private const string Registrations = "code_module,code_presentation,id_student,date_registration,date_unregistration";

    [Fact]
    public void QuotedCrlfAndUnquotedLfReadAlike()
    {
        using var quoted = new TempDirectory();
        WriteAll(quoted, lineEnding: "\r\n", quote: true);
        using var plain = new TempDirectory();
        WriteAll(plain, lineEnding: "\n", quote: false);

        var a = DatasetLoader.Load(quoted.Path).Dataset;
        var b = DatasetLoader.Load(plain.Path).Dataset;

        Assert.Equal(2, a.Submissions.Count);
        Assert.Equal(a.Submissions.Student, b.Submissions.Student);
        Assert.Equal(a.Submissions.Score, b.Submissions.Score);
        Assert.Equal(a.Registrations.DateRegistration, b.Registrations.DateRegistration);
        Assert.Equal("DDD", a.Modules[a.Courses.Module[0]]);
        Assert.Equal("2013B", b.Presentations[b.Courses.Presentation[0]]);
    }

    [Fact]
    public void EmptyFieldsReadAsMissing()
    {
        using var dir = new TempDirectory();
        WriteAll(dir, lineEnding: "\n", quote: true);

        var dataset = DatasetLoader.Load(dir.Path).Dataset;

        // Row 2 of studentAssessment.csv has an empty score; row 1 of assessments.csv has no date.
        Assert.Equal(78f, dataset.Submissions.Score[0]);
        Assert.True(float.IsNaN(dataset.Submissions.Score[1]));
        Assert.Equal(Missing.Day, dataset.Assessments.Date[0]);
        Assert.Equal(Missing.Day, dataset.Registrations.DateUnregistration[0]);
        Assert.Equal(-12, dataset.Registrations.DateUnregistration[1]);
    }

    [Fact]
    public void RowsPointAtTheirCourseAndAssessment()
    {
        using var dir = new TempDirectory();
        WriteAll(dir, lineEnding: "\n", quote: false);

        var dataset = DatasetLoader.Load(dir.Path).Dataset;

        Assert.Equal(0, dataset.Assessments.Course[0]);
        Assert.Equal(AssessmentType.Exam, dataset.Assessments.Type[0]);
        Assert.Equal(0, dataset.Submissions.Assessment[0]);
        Assert.Equal(0, dataset.Registrations.Course[0]);
    }

    [Fact]
    public void MissingColumnNamesFileAndColumn()
    {
        using var dir = new TempDirectory();
        WriteAll(dir, lineEnding: "\n", quote: false);
        dir.Write("studentAssessment.csv", "id_assessment,id_student,is_banked,score\n25340,11391,0,78\n");

        var error = Assert.Throws<DataException>(() => DatasetLoader.Load(dir.Path));

        Assert.Contains("studentAssessment.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("date_submitted", error.Message, StringComparison.Ordinal);
        Assert.Contains("id_assessment, id_student, date_submitted, is_banked, score", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileNamesFileAndFolder()
    {
        using var dir = new TempDirectory();
        WriteAll(dir, lineEnding: "\n", quote: false);
        File.Delete(dir.File("courses.csv"));

        var error = Assert.Throws<DataException>(() => DatasetLoader.Load(dir.Path));

        Assert.Contains("courses.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains(dir.Path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "is a file, not a folder")]
    [InlineData("ru", "указывает на файл, а не на папку")]
    public void FileAsFolderSuggestsItsFolder(string language, string expected)
    {
        using var dir = new TempDirectory();
        WriteAll(dir, lineEnding: "\n", quote: false);

        var error = UsingCulture(CultureInfo.GetCultureInfo(language), () => Assert.Throws<DataException>(() => DatasetLoader.Load(dir.File("courses.csv"))));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("--data " + dir.Path, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnsMatchIgnoringCaseOrderAndExtras()
    {
        using var dir = new TempDirectory();
        WriteAll(dir, lineEnding: "\n", quote: false);
        dir.Write("studentAssessment.csv", " Score ,extra,ID_STUDENT,id_assessment,is_banked,date_submitted\n78,x,11391,25340,0,240\n");

        var dataset = DatasetLoader.Load(dir.Path).Dataset;

        Assert.Equal(11391, dataset.Submissions.Student[0]);
        Assert.Equal(240, dataset.Submissions.DateSubmitted[0]);
        Assert.Equal(78f, dataset.Submissions.Score[0]);
    }

    [Fact]
    public void InvalidNumberIsLoggedWithItsPlace()
    {
        using var dir = new TempDirectory();
        WriteAll(dir, lineEnding: "\n", quote: false);
        dir.Write("studentAssessment.csv", Submissions + "\n25340,11391,240,0,78\n25340,28400,abc,0,60\n");

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal(1, result.Dataset.Submissions.Count);
        var problem = Assert.Single(result.Problems.Groups()).Examples.Single();
        Assert.Equal(ProblemKind.InvalidNumber, problem.Kind);
        Assert.Equal("studentAssessment.csv", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.Equal("date_submitted", problem.Column);
        Assert.Equal("abc", problem.Value);
    }

    [Fact]
    public void ProblemDetailsAreWordsOrRawValues()
    {
        using var dir = new TempDirectory();
        WriteAll(dir, lineEnding: "\n", quote: false);
        dir.Write(
            "studentAssessment.csv",
            Submissions + "\n25340,11391,240,0,78,extra\n25340,11392,240,0,abc\n25340,11393,240,0,99999999999999999999999\n25340,11394,240,0,1e308\n25340,1882999999999999,240,0,60\n");
        var english = CultureInfo.GetCultureInfo("en");

        var examples = UsingCulture(english, () => DatasetLoader.Load(dir.Path).Problems.Groups().SelectMany(g => g.Examples).ToDictionary(p => p.Line));

        Assert.Equal(ProblemKind.FieldCountMismatch, examples[2].Kind);
        Assert.Equal(["expected 5 fields as in the header, found 6"], examples[2].Arguments);
        Assert.Equal(ProblemKind.InvalidNumber, examples[3].Kind);
        Assert.Equal(["expected a number"], examples[3].Arguments);
        Assert.Equal(ProblemKind.NumberOutOfRange, examples[4].Kind);
        Assert.Equal("99999999999999999999999", examples[4].Value);
        Assert.Equal(ProblemKind.NumberOutOfRange, examples[5].Kind);
        Assert.Equal("1e308", examples[5].Value);
        Assert.Equal(ProblemKind.NumberOutOfRange, examples[6].Kind);
        Assert.Equal(["the largest allowed magnitude is 2147483647"], examples[6].Arguments);
        Assert.Equal("Number out of range", ProblemText.Title(ProblemKind.NumberOutOfRange, english));
    }

    private static T UsingCulture<T>(CultureInfo culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static void WriteAll(TempDirectory dir, string lineEnding, bool quote)
    {
        string Row(params string[] values) => string.Join(",", values.Select(v => quote ? $"\"{v}\"" : v));
        string Table(string header, params string[][] rows) =>
            string.Join(lineEnding, rows.Select(r => Row(r)).Prepend(Row(header.Split(',')))) + lineEnding;

        dir.Write("courses.csv", Table(Courses, ["DDD", "2013B", "240"]));
        dir.Write("assessments.csv", Table(Assessments, ["DDD", "2013B", "25340", "Exam", "", "100"]));
        dir.Write("studentAssessment.csv", Table(Submissions, ["25340", "11391", "240", "0", "78"], ["25340", "28400", "238", "0", ""]));
        dir.Write("studentRegistration.csv", Table(Registrations, ["DDD", "2013B", "11391", "-50", ""], ["DDD", "2013B", "28400", "-20", "-12"]));
    }
}
