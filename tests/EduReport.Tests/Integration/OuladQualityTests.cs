using System.Text.Json;
using EduReport.Check;
using EduReport.Load;
using EduReport.Problems;
using EduReport.Tests.Support;

namespace EduReport.Tests.Integration;

/// <summary>
/// The data-quality findings of the real OULAD tables. The expected counts come from
/// docs/verification/check_oulad_quality.py, which reads the CSV files with Python's csv module.
/// </summary>
public sealed class OuladQualityTests
{
    public static TheoryData<ProblemKind, string?, long> ExpectedFindings() => new()
    {
        { ProblemKind.ExamWithoutResults, null, 18 },
        { ProblemKind.AssessmentWithoutDate, "date", 11 },
        { ProblemKind.WeightsNotHundred, "weight", 2 },
        { ProblemKind.CourseworkWeightsZero, "weight", 3 },
        { ProblemKind.SubmissionAfterUnregistration, "date_submitted", 601 },
        { ProblemKind.SubmissionAfterCourseEnd, "date_submitted", 85 },
        { ProblemKind.MissingValue, "score", 173 },
        { ProblemKind.MissingValue, "date_registration", 45 },
        { ProblemKind.UnregistrationWithoutRegistration, "date_unregistration", 39 },
        { ProblemKind.CourseWithoutExamResults, null, 16 },
        { ProblemKind.NegativeSubmissionDay, "date_submitted", 2057 },
        { ProblemKind.SubmissionDelayOutlier, "date_submitted", 30661 },
        { ProblemKind.RegistrationLeadTimeOutlier, "date_registration", 339 },
    };

    [OuladFact]
    public void FindsExactlyTheExpectedProblems()
    {
        var result = DataChecker.Run(DatasetLoader.Load(OuladFactAttribute.Directory));

        var found = result.Problems.Groups().Select(g => (g.Kind, g.Column, g.Count)).ToArray();
        var expected = ExpectedFindings().Select(row => ((ProblemKind)row[0], (string?)row[1], (long)row[2])).ToArray();
        Assert.Equal(expected.OrderBy(e => e.ToString()), found.OrderBy(f => f.ToString()));
        Assert.False(result.Problems.HasErrors);

        // 16 of 22 courses have no exam results; fences (Q1, Q3, low, high) of the two measures.
        Assert.Equal((22, 16, 24, 18), (result.Summary.Courses, result.Summary.CoursesWithoutExamResults, result.Summary.Exams, result.Summary.ExamsWithoutResults));
        var lead = result.Summary.RegistrationLeadTime!;
        Assert.Equal((29.0, 100.0, -77.5, 206.5, 7L, 332L), (lead.LowerQuartile, lead.UpperQuartile, lead.LowerFence, lead.UpperFence, lead.Below, lead.Above));
        var delay = result.Summary.SubmissionDelay!;
        Assert.Equal((-6.0, 2.0, -18.0, 14.0, 28555L, 2106L), (delay.LowerQuartile, delay.UpperQuartile, delay.LowerFence, delay.UpperFence, delay.Below, delay.Above));
    }

    [OuladFact]
    public void ValidateExitsWithZeroOnTheRealData()
    {
        var result = CliProcess.Run(["validate", "--data", OuladFactAttribute.Directory, "--json", "--lang", "en"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt64());
        Assert.Equal(977, json.RootElement.GetProperty("warnings").GetInt64());
        Assert.Equal(33073, json.RootElement.GetProperty("notes").GetInt64());
    }
}
