using System.Text;
using EduReport.Analyse;
using EduReport.Configuration;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Questions.AssessmentForms;
using EduReport.Questions.DataAndDefinitions;
using EduReport.Questions.Recommendations.Rules;
using EduReport.Questions.Segments;
using EduReport.Questions.SingleCoursePassers;
using EduReport.Tests.Support;

namespace EduReport.Questions.Recommendations;

public sealed class RecommendationsTests
{
    // A hundred students, forty with an exam result (mean M 60) and thirty completed courses; mean lead 50.
    //   segment  students  with exam  completed  mean M  mean lead
    //   top      5         5          10         85      55
    //   early    8         8          9          55      120
    //   other    87        27         11         58      40
    // The focus segment is "early": 9 of 30 completions, a share of 0.3.
    private static SegmentsResult Segments(double earlyLead = 120, string? focus = "early", double otherExam = 58) => new(
        TotalStudents: 100,
        Bins: 3,
        Metrics: [new("monetary", 40, 60, 0, 100), new("leadTime", 100, 50, -10, 200)],
        Scales: [],
        StudentsWithExam: 40,
        TotalCompletions: 30,
        Segments:
        [
            Segment("top", 5, 5, 10, 85, 55),
            Segment("early", 8, 8, 9, 55, earlyLead),
            Segment("other", 87, 27, 11, otherExam, 40),
        ],
        Focus: focus is null ? null : new FocusSegment("early", Names("early"), 8, 0.08, 8, 0.2, 9, 0.3),
        Clustering: new ClusteringResult(0, 0, [], [], 0, 0, 0, [], 0, null, [], null));

    private static SegmentRow Segment(string id, int students, int withExam, int completed, double exam, double lead) => new(
        id,
        Names(id),
        [],
        students,
        students / 100.0,
        withExam,
        completed,
        completed / 30.0,
        [new("monetary", exam), new("frequency", 1), new("leadTime", lead)]);

    private static Dictionary<string, string> Names(string id) => new() { ["en"] = id, ["ru"] = id };

    // Forms: TMA 10% late, CMA 30% late, exam 90% late (which the late-coursework rule ignores).
    // Three of ten courses lack exam results. Coursework against exam: ρ 0.7 on 500 pairs.
    private static AssessmentFormsResult Forms(double cmaLate = 0.3, int coursesWithoutResults = 3, double spearman = 0.7, int pairs = 500) => new(
        Forms:
        [
            Form(AssessmentType.Tma, 0.1),
            Form(AssessmentType.Cma, cmaLate),
            Form(AssessmentType.Exam, 0.9),
        ],
        StudentsWithLateSubmission: 60,
        CoursesWithoutExamResults: new(coursesWithoutResults, 10, coursesWithoutResults / 10.0, coursesWithoutResults, 70, 75, []),
        Correlation: new(pairs + 2, 2, pairs, 0.68, new(0.6, 0.75), spearman),
        PassRateByQuartile:
        [
            new(1, null, 50, 125, 75, 0.6, null),
            new(2, 50, 70, 125, 110, 0.88, null),
            new(3, 70, 85, 125, 120, 0.96, null),
            new(4, 85, null, 125, 124, 0.992, null),
        ],
        WhatIf: new(40, 75, 60, 15, 50, 48, 5, new(400, 50, 10, 40, 500, 0.88, 0.5)),
        Points: []);

    private static FormRow Form(AssessmentType form, double lateShare) =>
        new(form, 10, 1000, 1000, 70, 50, 0.05, null, 1000, (int)(lateShare * 1000), lateShare, null);

    // The other sections come from an empty dataset; the rules here read only segments and assessment forms.
    private static readonly ReportResults EmptyResults = EmptyAnalysis();

    private static ReportResults Results(SegmentsResult? segments = null, AssessmentFormsResult? forms = null) =>
        EmptyResults with { Segments = segments ?? Segments(), AssessmentForms = forms ?? Forms() };

    private static ReportResults EmptyAnalysis()
    {
        using var fixture = new OuladFixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());
        return Analyser.Run(facts, ShippedSettings.Analysis);
    }

    private static RuleSettings Settings(string name, double threshold, double minPairs = 100) =>
        new(true, 1, new Dictionary<string, double> { [name] = threshold, [CourseworkPredictsExamRule.MinPairs] = minPairs });

    [Fact]
    public void ValuableSmallSegmentFires()
    {
        var outcome = new ValuableSmallSegmentRule().Evaluate(Results(), Settings(ValuableSmallSegmentRule.MaxShareOfStudents, 0.1));

        // "top" has the highest mean M (85) and 5% of the students, at most 10%.
        Assert.True(outcome.Fired);
        Assert.Equal(0.05, outcome.Measured);
        Assert.Equal(5, outcome.Reach);
        Assert.Equal("top", Assert.IsType<ValuableSmallSegmentEvidence>(outcome.Evidence).Id);
    }

    [Fact]
    public void ValuableSmallSegmentSilentWhenLarge()
    {
        var outcome = new ValuableSmallSegmentRule().Evaluate(Results(), Settings(ValuableSmallSegmentRule.MaxShareOfStudents, 0.04));

        Assert.False(outcome.Fired);
        Assert.Equal(0.05, outcome.Measured);
        Assert.Null(outcome.Evidence);
    }

    [Fact]
    public void ValuableSmallSegmentTakesSmallerOnTie()
    {
        // "other" also averages 85, but "top" has fewer students.
        var outcome = new ValuableSmallSegmentRule().Evaluate(Results(Segments(otherExam: 85)), Settings(ValuableSmallSegmentRule.MaxShareOfStudents, 0.1));

        Assert.Equal("top", Assert.IsType<ValuableSmallSegmentEvidence>(outcome.Evidence).Id);
    }

    [Fact]
    public void EarlyMediocreSegmentFires()
    {
        var outcome = new EarlyMediocreSegmentRule().Evaluate(Results(), Settings(EarlyMediocreSegmentRule.MinShareOfCompletions, 0.1));

        // 9 of 30 completions (0.3 ≥ 0.1); lead 120 > 50 and M 55 < 60.
        Assert.True(outcome.Fired);
        Assert.Equal(0.3, outcome.Measured);
        var evidence = Assert.IsType<EarlyMediocreSegmentEvidence>(outcome.Evidence);
        Assert.Equal(120, evidence.MeanLeadTime);
        Assert.Equal(60, evidence.AllMeanExamScore);
    }

    [Fact]
    public void EarlyMediocreSegmentSilentBelowThreshold()
    {
        var outcome = new EarlyMediocreSegmentRule().Evaluate(Results(), Settings(EarlyMediocreSegmentRule.MinShareOfCompletions, 0.5));

        Assert.False(outcome.Fired);
    }

    [Fact]
    public void EarlyMediocreSegmentSilentWhenNotEarly()
    {
        // The focus segment registers 40 days early, below the mean of 50, so the text would be false.
        var outcome = new EarlyMediocreSegmentRule().Evaluate(Results(Segments(earlyLead: 40)), Settings(EarlyMediocreSegmentRule.MinShareOfCompletions, 0.1));

        Assert.False(outcome.Fired);
    }

    [Fact]
    public void EarlyMediocreSegmentSilentWithoutFocus()
    {
        var outcome = new EarlyMediocreSegmentRule().Evaluate(Results(Segments(focus: null)), Settings(EarlyMediocreSegmentRule.MinShareOfCompletions, 0.1));

        Assert.False(outcome.Fired);
        Assert.Null(outcome.Measured);
    }

    [Fact]
    public void CoursesWithoutExamResultsFires()
    {
        var outcome = new CoursesWithoutExamResultsRule().Evaluate(Results(), Settings(CoursesWithoutExamResultsRule.MinShareOfCourses, 0.1));

        Assert.True(outcome.Fired);
        Assert.Equal(0.3, outcome.Measured);
        Assert.Equal(70, outcome.Reach);
    }

    [Fact]
    public void CoursesWithoutExamResultsSilentWhenAllHaveResults()
    {
        var outcome = new CoursesWithoutExamResultsRule().Evaluate(Results(forms: Forms(coursesWithoutResults: 0)), Settings(CoursesWithoutExamResultsRule.MinShareOfCourses, 0.1));

        Assert.False(outcome.Fired);
        Assert.Equal(0, outcome.Measured);
    }

    [Fact]
    public void CourseworkPredictsExamFires()
    {
        var outcome = new CourseworkPredictsExamRule().Evaluate(Results(), Settings(CourseworkPredictsExamRule.MinSpearman, 0.4));

        Assert.True(outcome.Fired);
        Assert.Equal(0.7, outcome.Measured);
        // The lowest quartile's 125 enrolments are the ones an early warning reaches.
        Assert.Equal(125, outcome.Reach);
    }

    [Fact]
    public void CourseworkPredictsExamSilentWhenWeak()
    {
        var outcome = new CourseworkPredictsExamRule().Evaluate(Results(forms: Forms(spearman: 0.2)), Settings(CourseworkPredictsExamRule.MinSpearman, 0.4));

        Assert.False(outcome.Fired);
    }

    [Fact]
    public void CourseworkPredictsExamSilentOnFewPairs()
    {
        var outcome = new CourseworkPredictsExamRule().Evaluate(Results(forms: Forms(pairs: 50)), Settings(CourseworkPredictsExamRule.MinSpearman, 0.4));

        Assert.False(outcome.Fired);
        Assert.Null(outcome.Measured);
    }

    [Fact]
    public void LateCourseworkFiresOnWorstForm()
    {
        var outcome = new LateCourseworkRule().Evaluate(Results(), Settings(LateCourseworkRule.MinLateShare, 0.2));

        Assert.True(outcome.Fired);
        Assert.Equal(AssessmentType.Cma, Assert.IsType<LateCourseworkEvidence>(outcome.Evidence).Form);
        Assert.Equal(0.3, outcome.Measured);
    }

    [Fact]
    public void LateCourseworkIgnoresExams()
    {
        // Only the exam (0.9) is above 0.2; TMA (0.1) and CMA (0.15) are not.
        var outcome = new LateCourseworkRule().Evaluate(Results(forms: Forms(cmaLate: 0.15)), Settings(LateCourseworkRule.MinLateShare, 0.2));

        Assert.False(outcome.Fired);
        Assert.Equal(0.15, outcome.Measured);
    }

    [Fact]
    public void EngineRanksByReachTimesWeight()
    {
        var settings = ShippedSettings.Analysis.Recommendations;

        var result = RecommendationEngine.Run(Results(), settings);

        // Reach: courses without results 70, late coursework 60, coursework predicts 125,
        // early mediocre 8, valuable small segment 5 (5% ≤ the shipped 10%).
        Assert.Equal(
            ["coursework_predicts_exam", "courses_without_exam_results", "late_coursework", "early_mediocre_segment", "valuable_small_segment"],
            result.Items.Select(i => i.Rule));
        Assert.Equal([1, 2, 3, 4, 5], result.Items.Select(i => i.Rank));
        Assert.Equal(RecommendationEngine.Rules.Count, result.Checks.Count);
    }

    [Fact]
    public void EngineSkipsDisabledRuleAndAppliesWeight()
    {
        var shipped = ShippedSettings.Analysis.Recommendations.Rules;
        var rules = shipped.ToDictionary(p => p.Key, p => p.Value);
        rules["coursework_predicts_exam"] = rules["coursework_predicts_exam"] with { Enabled = false };
        rules["valuable_small_segment"] = rules["valuable_small_segment"] with { Weight = 100 };

        var result = RecommendationEngine.Run(Results(), new RecommendationSettings(rules));

        // The weight of 100 lifts the small segment (5 × 100 = 500) to the top.
        Assert.Equal("valuable_small_segment", result.Items[0].Rule);
        Assert.DoesNotContain(result.Items, i => i.Rule == "coursework_predicts_exam");
        Assert.False(result.Checks.Single(c => c.Rule == "coursework_predicts_exam").Enabled);
    }

    [Fact]
    public void EngineListsOnlyFiredRules()
    {
        var quiet = Results(Segments(focus: null, earlyLead: 40), Forms(cmaLate: 0.1, coursesWithoutResults: 0, spearman: 0.1));
        var rules = ShippedSettings.Analysis.Recommendations.Rules.ToDictionary(p => p.Key, p => p.Value);
        rules["valuable_small_segment"] = rules["valuable_small_segment"] with { Thresholds = new Dictionary<string, double> { [ValuableSmallSegmentRule.MaxShareOfStudents] = 0.01 } };

        var result = RecommendationEngine.Run(quiet, new RecommendationSettings(rules));

        Assert.Empty(result.Items);
        Assert.All(result.Checks, c => Assert.False(c.Fired));
    }

    [Fact]
    public void RulesRunOnAnalysedFixture()
    {
        // The fixture of the assessment-form tests: one of two courses lacks exam results.
        using var fixture = new OuladFixture()
            .Course("AAA", "2014J").Course("BBB", "2014J")
            .Assessment("AAA", "2014J", 1, "Exam").Assessment("BBB", "2014J", 2, "Exam")
            .Registration("AAA", "2014J", 1).Registration("BBB", "2014J", 2)
            .Submission(1, 1, score: "70");
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        var results = Analyser.Run(facts, ShippedSettings.Analysis);

        var item = Assert.Single(results.Recommendations.Items, i => i.Rule == "courses_without_exam_results");
        Assert.Equal(0.5, item.Measured);
        Assert.Equal(1, item.Reach);
    }

    [Fact]
    public void UnknownRuleInConfigurationIsRejected()
    {
        const string text = """{ "rules": { "easiest_exam": { "enabled": true, "weight": 1 } } }""";

        var error = Assert.Throws<ConfigurationException>(() =>
            RecommendationSettings.Read(ConfigFile.Parse("recommendations.json", Encoding.UTF8.GetBytes(text)).Root, RecommendationEngine.Rules));

        Assert.Contains("recommendations.json(1,30)", error.Message, StringComparison.Ordinal);
        Assert.Contains("rules.easiest_exam", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingThresholdIsRejected()
    {
        const string text = """{ "rules": { "late_coursework": { "enabled": true, "weight": 1 } } }""";

        var error = Assert.Throws<ConfigurationException>(() =>
            RecommendationSettings.Read(ConfigFile.Parse("recommendations.json", Encoding.UTF8.GetBytes(text)).Root, [new LateCourseworkRule()]));

        Assert.Contains("minLateShare", error.Message, StringComparison.Ordinal);
        Assert.Contains("rules.late_coursework", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("late_coursework", "minLateShare", "2", "from 0 to 1")]
    [InlineData("late_coursework", "minLateShare", "-0.1", "from 0 to 1")]
    [InlineData("coursework_predicts_exam", "minSpearman", "1.5", "from -1 to 1")]
    [InlineData("hardest_exam", "minAttempts", "-5", "from 0 to ∞")]
    [InlineData("low_completion_courses", "minCourses", "0", "from 1 to ∞")]
    [InlineData("late_coursework", "weight", "-1", "from 0 to 1000")]
    public void OutOfRangeThresholdIsRejected(string rule, string setting, string value, string range)
    {
        var shipped = File.ReadAllText(Path.Combine(ShippedSettings.TemplatesDirectory, "config", "recommendations.json"));
        var root = System.Text.Json.Nodes.JsonNode.Parse(shipped)!;
        root["rules"]![rule]![setting] = System.Text.Json.Nodes.JsonNode.Parse(value);

        var error = Assert.Throws<ConfigurationException>(() =>
            RecommendationSettings.Read(ConfigFile.Parse("recommendations.json", Encoding.UTF8.GetBytes(root.ToJsonString())).Root, RecommendationEngine.Rules));

        Assert.Contains("recommendations.json(1,", error.Message, StringComparison.Ordinal);
        Assert.Contains($"rules.{rule}.{setting}", error.Message, StringComparison.Ordinal);
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
    }
}
