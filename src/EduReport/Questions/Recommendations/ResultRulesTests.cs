using EduReport.Analyse;
using EduReport.Analyse.Statistics;
using EduReport.Check;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Periods;
using EduReport.Problems;
using EduReport.Questions.CourseComparison;
using EduReport.Questions.DataQuality;
using EduReport.Questions.ExamDifficulty;
using EduReport.Questions.Popularity;
using EduReport.Questions.Recommendations.Rules;
using EduReport.Questions.Semesters;
using EduReport.Tests.Support;

namespace EduReport.Questions.Recommendations;

/// <summary>
/// The rules over exam difficulty, popularity, course comparison, semesters and data quality. Each
/// test starts from the results of an empty dataset and replaces the parts the rule reads with
/// figures chosen by hand. Rates and intervals come from Proportion.Of, and test statistics, which no
/// rule compares, are placeholders.
/// </summary>
public sealed class ResultRulesTests
{
    // Exams, hardest first as ExamDifficultyAnalysis sorts them (ranking needs 30 attempts):
    //   id  course     attempts  passed  rate    ranked
    //   3   CCC 2014B  20        5       0.25    no
    //   1   AAA 2014B  200       150     0.75    yes  (hardest)
    //   2   BBB 2014J  300       270     0.9     yes
    //   4   DDD 2013J  150       140     0.9333  yes  (easiest)
    // All together: 670 attempts, 565 passed.
    private static readonly ExamRow Exam1 = Exam(1, "AAA", "2014B", 200, 150, ranked: true);
    private static readonly ExamRow Exam2 = Exam(2, "BBB", "2014J", 300, 270, ranked: true);
    private static readonly ExamRow Exam3 = Exam(3, "CCC", "2014B", 20, 5, ranked: false);
    private static readonly ExamRow Exam4 = Exam(4, "DDD", "2013J", 150, 140, ranked: true);
    private static readonly SignificanceTest HardestVsEasiest = new(25.0, 1, 0.00001, 0.05, true);

    private static ExamRow Exam(int id, string module, string presentation, int attempts, int passed, bool ranked)
    {
        var rate = Proportion.Of(passed, attempts);
        return new(id, module, presentation, attempts, passed, rate.Rate!.Value, rate.CiLow!.Value, rate.CiHigh!.Value, 60, ranked);
    }

    private static ExamDifficultyResult Exams(params ExamRow[] exams) => new(
        exams,
        Exam1,
        Exam4,
        [],
        [],
        MinAttemptsToRank: 30,
        RankedExams: exams.Count(e => e.Ranked),
        new ExamTotals(exams.Length, exams.Sum(e => e.Attempts), exams.Sum(e => e.Passed), (double)exams.Sum(e => e.Passed) / exams.Sum(e => e.Attempts), null, null),
        HardestVsEasiest);

    private static ExamDifficultyResult AllExams() => Exams(Exam3, Exam1, Exam2, Exam4);

    // Modules by registrations: BBB 2000 (500 left, 0.25), AAA 1000 (400 left, 0.4), CCC 50 (40 left, 0.8).
    private static PopularityResult Modules(params ModulePopularity[] modules) => new([], [], modules, new([], []), ChurnAfterStartOnly: false);

    private static PopularityResult AllModules() => Modules(Module("BBB", 2000, 500), Module("AAA", 1000, 400), Module("CCC", 50, 40));

    private static ModulePopularity Module(string module, int registrations, int unregistrations)
    {
        var churn = Proportion.Of(unregistrations, registrations);
        return new(module, 2, registrations, unregistrations, churn.Rate!.Value, churn.CiLow!.Value, churn.CiHigh!.Value);
    }

    // Completion flags, set by hand: AAA 2014B significantly lower (150 of 200 against 0.85 in the rest),
    // DDD 2013J significantly higher, BBB 2014J not significant, CCC 2014B not tested.
    private static CourseComparisonResult Courses(bool aaaSignificant = true, bool tested = true)
    {
        CourseComparisonRow[] rows =
        [
            CourseRow("AAA", "2014B", 200, 150, tested ? Flag(0.85, aaaSignificant, Difference.Lower) : null),
            CourseRow("BBB", "2014J", 300, 270, tested ? Flag(0.8, false, Difference.Higher) : null),
            CourseRow("CCC", "2014B", 20, 5, null),
            CourseRow("DDD", "2013J", 150, 140, tested ? Flag(0.82, true, Difference.Higher) : null),
        ];
        return new CourseComparisonResult(CourseScope.Presentation, 0.05, rows, CourseRow("", null, 670, 565, null), null, null, 2, new FlagCounts(0, 2, 0));
    }

    private static ComparisonFlag Flag(double rateOfRest, bool significant, Difference direction) =>
        new(rateOfRest, 10, 0.001, 0.003, significant, direction);

    private static CourseComparisonRow CourseRow(string module, string? presentation, int attempts, int passed, ComparisonFlag? completion)
    {
        var rate = Proportion.Of(passed, attempts);
        return new(
            module, presentation, 100, 0, 0, 0, 0, 0, 0,
            attempts, passed, rate.Rate, rate.CiLow, rate.CiHigh,
            60, null, 0, null, 0, 0, 0, null,
            null, completion, null);
    }

    // Presentations: 2013J 140 of 150, 2014B 155 of 220 (the lowest, 0.7045), 2014J 270 of 300.
    // The other two together: 410 of 450. Exams in 2014B belong to AAA and CCC.
    private static SemestersResult Semesters(bool significant = true)
    {
        SemesterRow[] rows = [Semester("2013J", 150, 140), Semester("2014B", 220, 155), Semester("2014J", 300, 270)];
        return new SemestersResult(["2013J", "2014B", "2014J"], rows, rows[1], rows[2], new SignificanceTest(15, 2, significant ? 0.0005 : 0.2, 0.05, significant));
    }

    private static SemesterRow Semester(string presentation, int attempts, int passed)
    {
        var rate = Proportion.Of(passed, attempts);
        return new(presentation, 2, 500, attempts, passed, rate.Rate, rate.CiLow, rate.CiHigh, 230, attempts);
    }

    // Three registrations with an unregistration date but no registration date, five without a
    // registration date in all, and nine missing scores that the rule must not count.
    private static IReadOnlyList<FindingRow> Findings() =>
    [
        new(ProblemKind.UnregistrationWithoutRegistration, Severity.Warning, "studentRegistration.csv", "date_unregistration", 3, [new(12, "AAA 2014J, id_student 7", "-5", 0, [])]),
        new(ProblemKind.MissingValue, Severity.Warning, "studentRegistration.csv", "date_registration", 5, []),
        new(ProblemKind.MissingValue, Severity.Warning, "studentAssessment.csv", "score", 9, []),
    ];

    private static readonly ReportResults EmptyResults = EmptyAnalysis();

    private static ReportResults EmptyAnalysis()
    {
        using var fixture = new OuladFixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());
        return Analyser.Run(facts, ShippedSettings.Analysis);
    }

    /// <summary>Results on which every rule of this file fires under the shipped settings, from 3,000 registrations.</summary>
    public static ReportResults AllRulesFire() => EmptyResults with
    {
        Dataset = EmptyResults.Dataset with { Registrations = 3000 },
        ExamDifficulty = AllExams(),
        Popularity = AllModules(),
        CourseComparison = Courses(),
        Semesters = Semesters(),
        DataQuality = EmptyResults.DataQuality with
        {
            Files = [new SourceFileRow("studentRegistration.csv", "utf-8", "comma", 3_000, 0)],
            Findings = Findings(),
        },
    };

    private static RuleSettings Settings(params (string Name, double Value)[] thresholds) =>
        new(true, 1, thresholds.ToDictionary(t => t.Name, t => t.Value));

    [Fact]
    public void HardestExamFires()
    {
        var outcome = new HardestExamRule().Evaluate(AllRulesFire(), Settings((HardestExamRule.MaxPassRate, 0.8), (HardestExamRule.MinAttempts, 100)));

        // Exams 1, 2 and 4 have 100 attempts or more; exam 1 passes 0.75 ≤ 0.8, exam 4 is the easiest.
        Assert.True(outcome.Fired);
        Assert.Equal(0.75, outcome.Measured);
        Assert.Equal(200, outcome.Reach);
        var evidence = Assert.IsType<HardestExamEvidence>(outcome.Evidence);
        Assert.Equal(1, evidence.Exam.IdAssessment);
        Assert.Equal(4, evidence.Easiest.IdAssessment);
        Assert.Equal(3, evidence.ExamsCompared);
        Assert.Equal(670, evidence.AllAttempts);
        Assert.Equal(565.0 / 670, evidence.AllPassRate);
        Assert.Same(HardestVsEasiest, evidence.HardestVsEasiest);
    }

    [Fact]
    public void HardestExamSilentAboveThreshold()
    {
        var outcome = new HardestExamRule().Evaluate(AllRulesFire(), Settings((HardestExamRule.MaxPassRate, 0.7), (HardestExamRule.MinAttempts, 100)));

        Assert.False(outcome.Fired);
        Assert.Equal(0.75, outcome.Measured);
        Assert.Null(outcome.Evidence);
    }

    [Fact]
    public void HardestExamSilentWithOneCandidate()
    {
        // Only exam 2 has 250 attempts or more, and one exam cannot be the hardest of several.
        var outcome = new HardestExamRule().Evaluate(AllRulesFire(), Settings((HardestExamRule.MaxPassRate, 0.95), (HardestExamRule.MinAttempts, 250)));

        Assert.False(outcome.Fired);
        Assert.Null(outcome.Measured);
    }

    [Fact]
    public void HardestExamNeedsRankedExam()
    {
        // Exam 3 (0.25) has 20 attempts, fewer than the 30 the definitions rank, so exam 1 stays the hardest.
        var outcome = new HardestExamRule().Evaluate(AllRulesFire(), Settings((HardestExamRule.MaxPassRate, 0.8), (HardestExamRule.MinAttempts, 10)));

        var evidence = Assert.IsType<HardestExamEvidence>(outcome.Evidence);
        Assert.Equal(1, evidence.Exam.IdAssessment);
        Assert.Equal(30, evidence.MinAttempts);
    }

    [Fact]
    public void HardestExamQuotesOnlyItsOwnTest()
    {
        // From 160 attempts the candidates are exams 1 and 2, so the easiest is exam 2, not the section's exam 4.
        var outcome = new HardestExamRule().Evaluate(AllRulesFire(), Settings((HardestExamRule.MaxPassRate, 0.8), (HardestExamRule.MinAttempts, 160)));

        var evidence = Assert.IsType<HardestExamEvidence>(outcome.Evidence);
        Assert.Equal(2, evidence.Easiest.IdAssessment);
        Assert.Equal(2, evidence.ExamsCompared);
        Assert.Null(evidence.HardestVsEasiest);
    }

    [Fact]
    public void HardestExamSilentOnEqualRates()
    {
        var results = AllRulesFire() with { ExamDifficulty = Exams(Exam(1, "AAA", "2014B", 200, 150, true), Exam(2, "BBB", "2014J", 400, 300, true)) };

        var outcome = new HardestExamRule().Evaluate(results, Settings((HardestExamRule.MaxPassRate, 0.8), (HardestExamRule.MinAttempts, 100)));

        // Both pass 0.75, so neither is harder.
        Assert.False(outcome.Fired);
        Assert.Equal(0.75, outcome.Measured);
    }

    [Fact]
    public void HighestChurnModuleFires()
    {
        var outcome = new HighestChurnModuleRule().Evaluate(AllRulesFire(), Settings((HighestChurnModuleRule.MinChurnRate, 0.3), (HighestChurnModuleRule.MinRegistrations, 100)));

        // AAA and BBB have 100 registrations or more; AAA churns 0.4 ≥ 0.3. The others pooled,
        // CCC included: 540 of 2050 left.
        Assert.True(outcome.Fired);
        Assert.Equal(0.4, outcome.Measured);
        Assert.Equal(400, outcome.Reach);
        var evidence = Assert.IsType<HighestChurnModuleEvidence>(outcome.Evidence);
        Assert.Equal("AAA", evidence.Module);
        Assert.Equal(2, evidence.ModulesCompared);
        Assert.Equal(2050, evidence.OtherRegistrations);
        Assert.Equal(540, evidence.OtherUnregistrations);
        Assert.Equal(540.0 / 2050, evidence.OtherChurnRate);
    }

    [Fact]
    public void HighestChurnModuleSilentBelowThreshold()
    {
        var outcome = new HighestChurnModuleRule().Evaluate(AllRulesFire(), Settings((HighestChurnModuleRule.MinChurnRate, 0.5), (HighestChurnModuleRule.MinRegistrations, 100)));

        Assert.False(outcome.Fired);
        Assert.Equal(0.4, outcome.Measured);
    }

    [Fact]
    public void HighestChurnModuleCountsSmallModules()
    {
        // From 10 registrations, CCC (0.8) competes and wins; the others pooled: 900 of 3000.
        var outcome = new HighestChurnModuleRule().Evaluate(AllRulesFire(), Settings((HighestChurnModuleRule.MinChurnRate, 0.3), (HighestChurnModuleRule.MinRegistrations, 10)));

        var evidence = Assert.IsType<HighestChurnModuleEvidence>(outcome.Evidence);
        Assert.Equal("CCC", evidence.Module);
        Assert.Equal(0.3, evidence.OtherChurnRate);
        Assert.Equal(40, outcome.Reach);
    }

    [Fact]
    public void HighestChurnModuleSilentWhenOthersChurnMore()
    {
        // AAA (30 of 100) is the highest of the two large modules, but with the small CCC (99 of 99) the
        // others pooled lose 119 of 199, more than AAA.
        var results = AllRulesFire() with { Popularity = Modules(Module("AAA", 100, 30), Module("BBB", 100, 20), Module("CCC", 99, 99)) };

        var outcome = new HighestChurnModuleRule().Evaluate(results, Settings((HighestChurnModuleRule.MinChurnRate, 0.1), (HighestChurnModuleRule.MinRegistrations, 100)));

        Assert.False(outcome.Fired);
        Assert.Equal(0.3, outcome.Measured);
    }

    [Fact]
    public void HighestChurnModuleSilentWithOneModule()
    {
        var outcome = new HighestChurnModuleRule().Evaluate(AllRulesFire(), Settings((HighestChurnModuleRule.MinChurnRate, 0.1), (HighestChurnModuleRule.MinRegistrations, 1500)));

        // Only BBB has 1500 registrations or more.
        Assert.False(outcome.Fired);
        Assert.Null(outcome.Measured);
    }

    [Fact]
    public void LowCompletionCoursesFires()
    {
        var outcome = new LowCompletionCoursesRule().Evaluate(AllRulesFire(), Settings((LowCompletionCoursesRule.MinCourses, 1)));

        Assert.True(outcome.Fired);
        Assert.Equal(1, outcome.Measured);
        Assert.Equal(200, outcome.Reach);
        var evidence = Assert.IsType<LowCompletionCoursesEvidence>(outcome.Evidence);
        Assert.Equal(3, evidence.CoursesTested);
        var lower = Assert.Single(evidence.Lower);
        Assert.Equal("AAA 2014B", lower.Code);
        Assert.Equal(0.75, lower.CompletionRate);
        Assert.Equal(0.85, lower.RateOfRest);
        Assert.Equal("DDD 2013J", Assert.Single(evidence.Higher).Code);
    }

    [Fact]
    public void LowCompletionCoursesSilentWithoutSignificance()
    {
        var results = AllRulesFire() with { CourseComparison = Courses(aaaSignificant: false) };

        var outcome = new LowCompletionCoursesRule().Evaluate(results, Settings((LowCompletionCoursesRule.MinCourses, 1)));

        // AAA is lower but not significantly, and DDD is significantly higher, not lower.
        Assert.False(outcome.Fired);
        Assert.Equal(0, outcome.Measured);
    }

    [Fact]
    public void LowCompletionCoursesSilentUntested()
    {
        var results = AllRulesFire() with { CourseComparison = Courses(tested: false) };

        var outcome = new LowCompletionCoursesRule().Evaluate(results, Settings((LowCompletionCoursesRule.MinCourses, 1)));

        Assert.False(outcome.Fired);
        Assert.Null(outcome.Measured);
    }

    [Fact]
    public void WeakestSemesterFires()
    {
        var outcome = new WeakestSemesterRule().Evaluate(AllRulesFire(), Settings((WeakestSemesterRule.MaxCompletionRate, 0.8), (WeakestSemesterRule.MinModules, 2)));

        // 2014B: 155 of 220 ≤ 0.8, exams of AAA and CCC; the other presentations: 410 of 450.
        Assert.True(outcome.Fired);
        Assert.Equal(155.0 / 220, outcome.Measured);
        Assert.Equal(220, outcome.Reach);
        var evidence = Assert.IsType<WeakestSemesterEvidence>(outcome.Evidence);
        Assert.Equal("2014B", evidence.Presentation);
        Assert.Equal(3, evidence.Presentations);
        Assert.Equal(450, evidence.OtherAttempts);
        Assert.Equal(410, evidence.OtherPassed);
        Assert.Equal(["AAA", "CCC"], evidence.ExamModules);
    }

    [Fact]
    public void WeakestSemesterSilentWithoutSignificance()
    {
        var results = AllRulesFire() with { Semesters = Semesters(significant: false) };

        var outcome = new WeakestSemesterRule().Evaluate(results, Settings((WeakestSemesterRule.MaxCompletionRate, 0.8), (WeakestSemesterRule.MinModules, 2)));

        Assert.False(outcome.Fired);
        Assert.Equal(155.0 / 220, outcome.Measured);
    }

    [Fact]
    public void WeakestSemesterSilentForOneModule()
    {
        // Without exam 3, the attempts of 2014B all belong to AAA's exam.
        var results = AllRulesFire() with { ExamDifficulty = Exams(Exam1, Exam2, Exam4) };

        var outcome = new WeakestSemesterRule().Evaluate(results, Settings((WeakestSemesterRule.MaxCompletionRate, 0.8), (WeakestSemesterRule.MinModules, 2)));

        Assert.False(outcome.Fired);
    }

    [Fact]
    public void WeakestSemesterSilentAboveThreshold()
    {
        var outcome = new WeakestSemesterRule().Evaluate(AllRulesFire(), Settings((WeakestSemesterRule.MaxCompletionRate, 0.7), (WeakestSemesterRule.MinModules, 2)));

        Assert.False(outcome.Fired);
    }

    [Fact]
    public void UnregistrationsWithoutDateFires()
    {
        var outcome = new UnregistrationsWithoutDateRule().Evaluate(AllRulesFire(), Settings((UnregistrationsWithoutDateRule.MinUnregistrations, 1)));

        Assert.True(outcome.Fired);
        Assert.Equal(3, outcome.Measured);
        Assert.Equal(3, outcome.Reach);
        var evidence = Assert.IsType<UnregistrationsWithoutDateEvidence>(outcome.Evidence);
        Assert.Equal(5, evidence.RegistrationsWithoutDate);
        Assert.Equal(3_000, evidence.Registrations);
        Assert.Equal(12, Assert.Single(evidence.Examples).Line);
    }

    [Fact]
    public void UnregistrationsWithoutDateSilentBelowThreshold()
    {
        var outcome = new UnregistrationsWithoutDateRule().Evaluate(AllRulesFire(), Settings((UnregistrationsWithoutDateRule.MinUnregistrations, 4)));

        Assert.False(outcome.Fired);
        Assert.Equal(3, outcome.Measured);
    }

    [Fact]
    public void UnregistrationsWithoutDateSilentOnCleanData()
    {
        var outcome = new UnregistrationsWithoutDateRule().Evaluate(EmptyResults, Settings((UnregistrationsWithoutDateRule.MinUnregistrations, 1)));

        Assert.False(outcome.Fired);
        Assert.Equal(0, outcome.Measured);
    }

    [Fact]
    public void UnregistrationsWithoutDateFromChecks()
    {
        // Student 2 unregistered on day -5 with no registration date; student 1 has both dates.
        using var fixture = new OuladFixture()
            .Course("AAA", "2014J")
            .Registration("AAA", "2014J", 1, unregistered: "10")
            .Registration("AAA", "2014J", 2, registered: "", unregistered: "-5");
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        var results = Analyser.Run(facts, ShippedSettings.Analysis);

        var item = Assert.Single(results.Recommendations.Items, i => i.Rule == "unregistrations_without_registration_date");
        var evidence = Assert.IsType<UnregistrationsWithoutDateEvidence>(item.Evidence);
        Assert.Equal(1, evidence.Unregistrations);
        Assert.Equal(1, evidence.RegistrationsWithoutDate);
        Assert.Equal(2, evidence.Registrations);
        Assert.Equal(3, Assert.Single(evidence.Examples).Line);
    }

    [Fact]
    public void UnregistrationsWithoutDateCountWholeFile()
    {
        // The report covers 2014J (two registrations) but the checks, and so the rule, cover the
        // whole file: three registrations, the one without a registration date being in 2014B.
        using var fixture = new OuladFixture()
            .Course("AAA", "2014B")
            .Course("AAA", "2014J")
            .Registration("AAA", "2014B", 2, registered: "", unregistered: "-5")
            .Registration("AAA", "2014J", 1)
            .Registration("AAA", "2014J", 3);
        var loaded = DatasetLoader.Load(fixture.Write());
        var check = DataChecker.Run(loaded);
        var period = PeriodFacts.Build(check.Dataset, PeriodSelector.Select("2014J", check.Dataset), new Definitions());

        var results = Analyser.Run(period, check, ShippedSettings.Analysis);

        Assert.Equal(2, results.Dataset.Registrations);
        var item = Assert.Single(results.Recommendations.Items, i => i.Rule == "unregistrations_without_registration_date");
        var evidence = Assert.IsType<UnregistrationsWithoutDateEvidence>(item.Evidence);
        Assert.Equal(1, evidence.Unregistrations);
        Assert.Equal(3, evidence.Registrations);
    }

    [Fact]
    public void EngineRanksResultRules()
    {
        var result = RecommendationEngine.Run(AllRulesFire(), ShippedSettings.Analysis.Recommendations);

        // Shipped thresholds; reach: churn 400 (AAA), weakest semester 220, hardest exam 200 and low
        // completion 200 (tied, so the engine's order puts the hardest exam first), unregistrations 3.
        // The segment and assessment-form rules have nothing to measure in an empty analysis.
        Assert.Equal(
            ["highest_churn_module", "weakest_semester", "hardest_exam", "low_completion_courses", "unregistrations_without_registration_date"],
            result.Items.Select(i => i.Rule));
        Assert.Equal([400, 220, 200, 200, 3], result.Items.Select(i => i.Reach));
    }

    [Fact]
    public void EngineWeightLiftsDataRule()
    {
        var rules = ShippedSettings.Analysis.Recommendations.Rules.ToDictionary(p => p.Key, p => p.Value);
        rules["unregistrations_without_registration_date"] = rules["unregistrations_without_registration_date"] with { Weight = 1000 };

        var result = RecommendationEngine.Run(AllRulesFire(), new RecommendationSettings(rules));

        // 3 × 1000 = 3000 outranks churn's 400.
        Assert.Equal("unregistrations_without_registration_date", result.Items[0].Rule);
        Assert.Equal(3000, result.Items[0].Score);
    }
}
