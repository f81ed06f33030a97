using System.Text;
using EduReport.Load;
using EduReport.Problems;
using EduReport.Tests.Support;

namespace EduReport.Tests.Load;

/// <summary>
/// The input variants that real exports have: each test writes small files and states the values
/// they must read as, or the problem they must report with its file, line and column.
/// </summary>
public sealed class InputVariantTests
{
    private const string Courses = "code_module,code_presentation,module_presentation_length";
    private const string Assessments = "code_module,code_presentation,id_assessment,assessment_type,date,weight";
    private const string Submissions = "id_assessment,id_student,date_submitted,is_banked,score";
    private const string Registrations = "code_module,code_presentation,id_student,date_registration,date_unregistration";

    static InputVariantTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static Encoding Windows1251 => Encoding.GetEncoding(1251);

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void DetectsDelimiter(char delimiter)
    {
        using var dir = new TempDirectory();
        WriteValid(dir, delimiter);

        var result = DatasetLoader.Load(dir.Path);

        Assert.All(result.Dataset.Sources, s => Assert.Equal(delimiter, s.Delimiter));
        Assert.Equal([11391, 28400], result.Dataset.Submissions.Student);
        Assert.Equal(12.5, result.Dataset.Assessments.Weight[1]);
        Assert.False(result.Problems.HasErrors);
    }

    [Fact]
    public void DelimiterOptionOverridesDetection()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ';');

        // Read as comma-separated, every row is one field, so the header lacks every column but the
        // first field's text, and each file is named.
        var error = Assert.Throws<DataException>(() => DatasetLoader.Load(dir.Path, new LoadOptions { Delimiter = ',' }));
        Assert.Contains("courses.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("studentRegistration.csv", error.Message, StringComparison.Ordinal);

        var read = DatasetLoader.Load(dir.Path, new LoadOptions { Delimiter = ';' });
        Assert.Equal(2, read.Dataset.Submissions.Count);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsSkipped()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        dir.Write("courses.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Courses + "\nМАТ,2013B,240\n")]);
        dir.Write("assessments.csv", Assessments + "\nМАТ,2013B,1,Exam,,100\n");

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal("МАТ", result.Dataset.Modules[result.Dataset.Courses.Module[0]]);
        Assert.Equal(0, result.Dataset.Assessments.Course[0]);
        Assert.Equal("utf-8", result.Dataset.Sources[0].Encoding);
    }

    [Fact]
    public void Windows1251IsDetected()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ';');
        dir.Write("courses.csv", Windows1251.GetBytes("code_module;code_presentation;module_presentation_length\r\nМАТ;2013B;240\r\n"));

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal("МАТ", result.Dataset.Modules[result.Dataset.Courses.Module[0]]);
        Assert.Equal("windows-1251", result.Dataset.Sources[0].Encoding);
    }

    [Fact]
    public void EncodingOptionIsUsed()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ';');

        // "ПРО" in Windows-1251 is CF D0 CE: not valid UTF-8, so only the option or detection can read it.
        dir.Write("courses.csv", Windows1251.GetBytes("code_module;code_presentation;module_presentation_length\nПРО;2013B;240\n"));

        var result = DatasetLoader.Load(dir.Path, new LoadOptions { Encoding = Windows1251 });

        Assert.Equal("ПРО", result.Dataset.Modules[result.Dataset.Courses.Module[0]]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithByteOrderMarkIsRead(bool bigEndian)
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        dir.Write("courses.csv", [.. encoding.GetPreamble(), .. encoding.GetBytes(Courses + "\r\nМАТ,2013B,240\r\n")]);

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal("МАТ", result.Dataset.Modules[result.Dataset.Courses.Module[0]]);
        Assert.Equal(240, result.Dataset.Courses.Length[0]);
        Assert.StartsWith("utf-16", result.Dataset.Sources[0].Encoding, StringComparison.Ordinal);
    }

    [Fact]
    public void UndecodableByteNamesFileLineAndByte()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');

        // Line 3 has "é" in UTF-8 (C3 A9), so the file is UTF-8; line 4 has a lone 0xE9, which is not.
        var bytes = Encoding.UTF8.GetBytes(Courses + "\nAAA,2013B,240\nCAFé,2013J,240\n")
            .Concat(new byte[] { (byte)'B', 0xE9, (byte)',', (byte)'2', (byte)'0', (byte)'1', (byte)'4', (byte)'B', (byte)',', (byte)'9', (byte)'\n' })
            .ToArray();
        dir.Write("courses.csv", bytes);

        var error = Assert.Throws<DataException>(() => DatasetLoader.Load(dir.Path));

        Assert.Contains("courses.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("0xE9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedWindows1251ByteIsAnError()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ';');

        // 0x98 is the one byte that Windows-1251 does not define.
        var bytes = Windows1251.GetBytes("code_module;code_presentation;module_presentation_length\nМАТ;2013B;240\n")
            .Concat(new byte[] { 0x98, (byte)';', (byte)'2', (byte)';', (byte)'9', (byte)'\n' })
            .ToArray();
        dir.Write("courses.csv", bytes);

        var error = Assert.Throws<DataException>(() => DatasetLoader.Load(dir.Path, new LoadOptions { Encoding = Windows1251 }));

        Assert.Contains("courses.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("0x98", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalCommaNeedsAnotherDelimiter()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');

        // Quoted so that the comma is inside one field of a comma-separated file: ambiguous, so invalid.
        dir.Write("assessments.csv", Assessments + "\nDDD,2013B,1,Exam,,100\nDDD,2013B,2,TMA,19,\"12,5\"\n");

        var result = DatasetLoader.Load(dir.Path);

        var problem = Assert.Single(result.Problems.Groups()).Examples.Single();
        Assert.Equal((ProblemKind.InvalidNumber, "assessments.csv", 3L, "weight", "12,5"), (problem.Kind, problem.File, problem.Line, problem.Column, problem.Value));
        Assert.Equal(1, result.Dataset.Assessments.Count);
        Assert.Equal(1, result.Dataset.Sources[1].RowsExcluded);
    }

    [Fact]
    public void WholeNumbersWithDecimalZeroAreRead()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        dir.Write("studentAssessment.csv", Submissions + "\n1.0,11391.0,18.0,0.0,78.0\n1,28400,18.5,0,70\n");

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal([11391], result.Dataset.Submissions.Student);
        Assert.Equal([1], result.Dataset.Submissions.AssessmentId);
        Assert.Equal([18], result.Dataset.Submissions.DateSubmitted);
        var problem = Assert.Single(result.Problems.Groups()).Examples.Single();
        Assert.Equal((3L, "date_submitted", "18.5"), (problem.Line, problem.Column, problem.Value));
    }

    [Fact]
    public void IdsWithDigitGroupSeparatorsAreRead()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ';');

        // An ordinary space, a no-break space (U+00A0) and a narrow no-break space (U+202F).
        dir.Write("studentAssessment.csv", "id_assessment;id_student;date_submitted;is_banked;score\n1;11 391;18;0;78\n1;28\u00A0400;18;0;70\n1;1\u202F234\u202F567;18;0;50\n");

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal([11391, 28400, 1234567], result.Dataset.Submissions.Student);
        Assert.False(result.Problems.HasErrors);
    }

    [Fact]
    public void MissingTokensReadAsMissing()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        dir.Write("studentAssessment.csv", Submissions + "\n1,1,18,0,\n1,2,18,0,?\n1,3,18,0,NA\n1,4,18,0,n/a\n1,5,18,0,NULL\n1,6,18,0, 78 \n");

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal(6, result.Dataset.Submissions.Count);
        Assert.Equal(5, result.Dataset.Submissions.Score.Count(float.IsNaN));
        Assert.Equal(78f, result.Dataset.Submissions.Score[5]);
        Assert.False(result.Problems.HasErrors);
    }

    [Fact]
    public void MissingTokenListIsConfigurable()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        dir.Write("studentAssessment.csv", Submissions + "\n1,1,18,0,-\n1,2,18,0,NA\n");

        var result = DatasetLoader.Load(dir.Path, new LoadOptions { MissingValues = ["-"] });

        // "-" is now missing; "NA" is no longer, so its row is an invalid number on line 3.
        Assert.True(float.IsNaN(result.Dataset.Submissions.Score.Single()));
        var problem = Assert.Single(result.Problems.Groups()).Examples.Single();
        Assert.Equal((ProblemKind.InvalidNumber, 3L, "score", "NA"), (problem.Kind, problem.Line, problem.Column, problem.Value));
    }

    [Fact]
    public void BlankLinesAndEmptyRowsAreSkipped()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ';');
        dir.Write("studentAssessment.csv", "id_assessment;id_student;date_submitted;is_banked;score\n\n1;11391;18;0;78\n;;;;\n   \n ; ; ; ; \n1;28400;20;0;70\n\n");

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal([11391, 28400], result.Dataset.Submissions.Student);
        Assert.Equal([3, 7], result.Dataset.Submissions.Line);
        Assert.Empty(result.Problems.Groups());
        Assert.Equal(2, result.Dataset.Sources[2].RowsRead);
    }

    [Fact]
    public void UnbalancedQuoteDoesNotSwallowRows()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        dir.Write("studentAssessment.csv", Submissions + "\n1,1,18,0,78\n1,\"2,18,0,70\n1,3,18,0,60\n1,4,18,0,50\n");

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal([1, 3, 4], result.Dataset.Submissions.Student);
        var problem = Assert.Single(result.Problems.Groups()).Examples.Single();
        Assert.Equal((ProblemKind.MalformedQuotes, "studentAssessment.csv", 3L), (problem.Kind, problem.File, problem.Line));
        var source = result.Dataset.Sources[2];
        Assert.Equal((4L, 1L), (source.RowsRead, source.RowsExcluded));
    }

    [Fact]
    public void WrongFieldCountIsExcludedAndCounted()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        dir.Write("studentAssessment.csv", Submissions + "\n1,1,18,0,78\n1,2,18,0\n1,3,18,0,60,extra\n1,4,18,0,50\n");

        var result = DatasetLoader.Load(dir.Path);

        Assert.Equal([1, 4], result.Dataset.Submissions.Student);
        var group = Assert.Single(result.Problems.Groups());
        Assert.Equal(ProblemKind.FieldCountMismatch, group.Kind);
        Assert.Equal([3L, 4L], group.Examples.Select(e => e.Line));
        Assert.Equal(2, result.Dataset.Sources[2].RowsExcluded);
    }

    [Fact]
    public void MissingKeyAndInvalidValueAreLocated()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        dir.Write("assessments.csv", Assessments + "\nDDD,2013B,1,Exam,,100\nDDD,2013B,,TMA,19,10\nDDD,2013B,3,Quiz,19,10\n");

        var result = DatasetLoader.Load(dir.Path);

        var problems = result.Problems.Groups().SelectMany(g => g.Examples).OrderBy(p => p.Line).ToArray();
        Assert.Equal(2, problems.Length);
        Assert.Equal((ProblemKind.MissingKey, 3L, "id_assessment"), (problems[0].Kind, problems[0].Line, problems[0].Column));
        Assert.Equal((ProblemKind.InvalidValue, 4L, "assessment_type", "Quiz"), (problems[1].Kind, problems[1].Line, problems[1].Column, problems[1].Value));
        Assert.Equal(2, result.Dataset.Sources[1].RowsExcluded);
    }

    [Fact]
    public void HiddenValuesAreLeftOut()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        dir.Write("studentAssessment.csv", Submissions + "\n1,11391,abc,0,78\n");

        var result = DatasetLoader.Load(dir.Path, new LoadOptions { HideValues = true });

        var problem = Assert.Single(result.Problems.Groups()).Examples.Single();
        Assert.Equal((2L, "date_submitted"), (problem.Line, problem.Column));
        Assert.Null(problem.Value);
    }

    [Fact]
    public void EveryUnreadableFileIsNamed()
    {
        using var dir = new TempDirectory();
        WriteValid(dir, ',');
        dir.Write("courses.csv", "code_module,module_presentation_length\nDDD,240\n");
        dir.Write("studentRegistration.csv", "code_module,code_presentation,id_student\nDDD,2013B,1\n");

        var error = Assert.Throws<DataException>(() => DatasetLoader.Load(dir.Path));

        Assert.Contains("courses.csv: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("code_presentation", error.Message, StringComparison.Ordinal);
        Assert.Contains("studentRegistration.csv: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("date_registration, date_unregistration", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Writes one course, two assessments (weights 100 and 12.5), two submissions and two registrations.</summary>
    private static void WriteValid(TempDirectory dir, char delimiter)
    {
        var decimalSeparator = delimiter == ',' ? "." : ",";
        string Table(string header, params string[] rows) =>
            string.Join("\n", rows.Prepend(header).Select(r => r.Replace(",", delimiter.ToString(), StringComparison.Ordinal).Replace("#", decimalSeparator, StringComparison.Ordinal))) + "\n";

        dir.Write("courses.csv", Table(Courses, "DDD,2013B,240"));
        dir.Write("assessments.csv", Table(Assessments, "DDD,2013B,1,Exam,,100", "DDD,2013B,2,TMA,19,12#5"));
        dir.Write("studentAssessment.csv", Table(Submissions, "2,11391,18,0,78", "2,28400,20,0,70"));
        dir.Write("studentRegistration.csv", Table(Registrations, "DDD,2013B,11391,-50,", "DDD,2013B,28400,-20,-12"));
    }
}
