using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Tests.Integration;

/// <summary>
/// Figures of the real OULAD tables. The expected values were computed with a separate Python
/// script that reads the CSV files with the csv module and shares no code with EduReport.
/// </summary>
public sealed class OuladTests
{
    [OuladFact]
    public void LoadsEveryRow()
    {
        var result = DatasetLoader.Load(OuladFactAttribute.Directory);

        Assert.Equal(22, result.Dataset.Courses.Count);
        Assert.Equal(206, result.Dataset.Assessments.Count);
        Assert.Equal(173_912, result.Dataset.Submissions.Count);
        Assert.Equal(32_593, result.Dataset.Registrations.Count);
        Assert.Equal(173, result.Dataset.Submissions.Score.Count(float.IsNaN));
        Assert.Equal(45, result.Dataset.Registrations.DateRegistration.Count(d => d == Missing.Day));
        Assert.False(result.Problems.HasErrors);
    }

    [OuladFact]
    public void CountsStudentsWhoPassedExactlyOneCourse()
    {
        var facts = FactsBuilder.Build(DatasetLoader.Load(OuladFactAttribute.Directory).Dataset, new Definitions());

        var results = Analyser.Run(facts, ShippedSettings.Analysis);

        Assert.Equal(28_785, results.Dataset.Students);
        Assert.Equal(3_802, results.SingleCoursePassers.Students);
        Assert.Equal([24_688, 3_802, 295], results.SingleCoursePassers.Distribution.Select(r => r.Students));
    }

    [OuladFact]
    public void CountsLateSubmissions()
    {
        var facts = FactsBuilder.Build(DatasetLoader.Load(OuladFactAttribute.Directory).Dataset, new Definitions());

        Assert.Equal(169_138, facts.Courses.SubmissionsWithDeadline.Sum());
        Assert.Equal(49_318, facts.Courses.LateSubmissions.Sum());
    }
}
