using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Questions.Recommendations.Rules;
using EduReport.Tests.Support;

namespace EduReport.Tests.Integration;

/// <summary>
/// The recommendations over exams, churn, courses, semesters and data quality on the real OULAD
/// tables. The expected values were computed by docs/verification/recommendations.py, which reads
/// the CSV files with Python's csv module and shares no code with EduReport.
/// </summary>
public sealed class OuladRecommendationsTests
{
    private static readonly Lazy<ReportResults> Results = new(() =>
        Analyser.Run(FactsBuilder.Build(DatasetLoader.Load(OuladFactAttribute.Directory).Dataset, new Definitions()), ShippedSettings.Analysis));

    [OuladFact]
    public void FiredRulesInRankOrder()
    {
        var items = Results.Value.Recommendations.Items;

        // Reach: 21,082; 14,391; 1,947; 1,632; 1,238; 923; then 602 twice, in the engine's order; 39.
        Assert.Equal(
            [
                "courses_without_exam_results", "late_coursework", "highest_churn_module", "valuable_small_segment", "coursework_predicts_exam",
                "early_mediocre_segment", "hardest_exam", "low_completion_courses", "unregistrations_without_registration_date",
            ],
            items.Select(i => i.Rule));
        Assert.Equal([21_082, 14_391, 1_947, 1_632, 1_238, 923, 602, 602, 39], items.Select(i => i.Reach));
    }

    [OuladFact]
    public void HardestExamIsDdd2013B()
    {
        var evidence = Evidence<HardestExamEvidence>("hardest_exam");

        Assert.Equal(25340, evidence.Exam.IdAssessment);
        Assert.Equal(602, evidence.Exam.Attempts);
        Assert.Equal(504, evidence.Exam.Passed);
        Assert.Equal(0.805597, evidence.Exam.CiLow, 6);
        Assert.Equal(0.864546, evidence.Exam.CiHigh, 6);
        Assert.Equal(6, evidence.ExamsCompared);
        Assert.Equal(4_959, evidence.AllAttempts);
        Assert.Equal(25361, evidence.Easiest.IdAssessment);
        Assert.Equal(20.468798, evidence.HardestVsEasiest!.Statistic, 6);
    }

    [OuladFact]
    public void HighestChurnModuleIsCcc()
    {
        var evidence = Evidence<HighestChurnModuleEvidence>("highest_churn_module");

        Assert.Equal("CCC", evidence.Module);
        Assert.Equal(4_434, evidence.Registrations);
        Assert.Equal(1_947, evidence.Unregistrations);
        Assert.Equal(7, evidence.ModulesCompared);
        Assert.Equal(28_159, evidence.OtherRegistrations);
        Assert.Equal(8_125, evidence.OtherUnregistrations);
    }

    [OuladFact]
    public void LowCompletionCourseIsDdd2013B()
    {
        var evidence = Evidence<LowCompletionCoursesEvidence>("low_completion_courses");

        Assert.Equal(6, evidence.CoursesTested);
        var lower = Assert.Single(evidence.Lower);
        Assert.Equal("DDD 2013B", lower.Code);
        Assert.Equal(0.892357, lower.RateOfRest, 6);
        Assert.Equal(0.000404, lower.AdjustedPValue, 6);
        Assert.Equal("DDD 2014B", Assert.Single(evidence.Higher).Code);
    }

    [OuladFact]
    public void WeakestSemesterIsOneModule()
    {
        // 2013B has the lowest completion (504 of 602) and the rates differ (p < 0.001), but all its
        // exam attempts belong to DDD, one module where the shipped settings ask for two.
        var check = Results.Value.Recommendations.Checks.Single(c => c.Rule == "weakest_semester");

        Assert.False(check.Fired);
        Assert.Equal(504.0 / 602, check.Measured!.Value, 12);
    }

    [OuladFact]
    public void UnregistrationsWithoutDateCount()
    {
        var evidence = Evidence<UnregistrationsWithoutDateEvidence>("unregistrations_without_registration_date");

        Assert.Equal(39, evidence.Unregistrations);
        Assert.Equal(45, evidence.RegistrationsWithoutDate);
        Assert.Equal(32_593, evidence.Registrations);
        Assert.Equal([2540, 2761, 5358], evidence.Examples.Select(e => e.Line));
    }

    private static T Evidence<T>(string rule) =>
        Assert.IsType<T>(Results.Value.Recommendations.Items.Single(i => i.Rule == rule).Evidence);
}
