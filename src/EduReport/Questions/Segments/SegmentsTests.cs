using System.Text;
using EduReport.Configuration;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Questions.Segments;

public sealed class SegmentsTests
{
    private const string Config = """
        {
          "bins": 3,
          "metrics": {
            "frequency": { "fixedLevels": [ { "atLeast": 0.5, "score": 2 }, { "atLeast": 1, "score": 3 } ] },
            "monetary": {},
            "leadTime": {}
          },
          "segments": [
            { "id": "no_exam", "name": { "en": "No exam", "ru": "Без экзамена" }, "when": { "frequency": "none" } },
            { "id": "top", "name": { "en": "Top", "ru": "Лучшие" }, "when": { "frequency": "3", "monetary": "3" } },
            { "id": "early_mediocre", "name": { "en": "Early, mediocre", "ru": "Рано, средне" }, "when": { "leadTime": "3", "frequency": ">= 2", "monetary": "<= 2" } },
            { "id": "failed", "name": { "en": "Failed", "ru": "Не сдали" }, "when": { "frequency": "1" } },
            { "id": "other", "name": { "en": "Other", "ru": "Остальные" }, "when": {} }
          ],
          "focusSegment": "early_mediocre",
          "clustering": {
            "metrics": [ "monetary", "leadTime" ],
            "minClusters": 2, "maxClusters": 3, "seed": 7, "restarts": 2, "maxIterations": 100,
            "stabilitySeeds": 1, "silhouetteSample": 100
          }
        }
        """;

    // One course, AAA 2014J, with two exams (ids 1 and 3). Ten students, registered N days before the start:
    //   student:   1   2   3   4   5    6    7   8   9   10
    //   lead:     90  80  70  60  100  100  10   5  20  50
    //   exam:     90  80  70  60  50   45   30  30  -   35 (exam 1) and 65 (exam 3)
    // M of the nine with an exam, sorted: 30 30 45 50 50 60 70 80 90; boundaries at positions 3 and 6,
    // the values 50 and 70. Score 1: students 6, 7, 8; score 2: 4, 5, 10 (both 50s together); score 3: 1, 2, 3.
    // F: 1 for students 1 to 6, 0 for 7 and 8, 0.5 for 10. Both quantile boundaries are 1, which leaves
    // score 2 empty, so the fixed levels apply: score 1 for 7 and 8, score 2 for 10, score 3 for six students.
    // Lead of all ten, sorted: 5 10 20 50 60 70 80 90 100 100; boundaries 50 and 80 (positions 3 and 6).
    // Score 1: 7, 8, 9; score 2: 3, 4, 10; score 3: 1, 2, 5, 6 (both 100s together).
    // Segments, first match: no_exam = {9}; top (F 3, M 3) = {1, 2, 3}; early_mediocre (L 3, F ≥ 2, M ≤ 2)
    // = {5, 6}; failed (F 1) = {7, 8}; other = {4, 10}.
    // Completed courses: students 1 to 6 and 10, seven in all; early_mediocre completed two.
    private static OuladFixture Fixture()
    {
        var fixture = new OuladFixture()
            .Course("AAA", "2014J")
            .Assessment("AAA", "2014J", 1, "Exam")
            .Assessment("AAA", "2014J", 3, "Exam");
        var leads = new[] { 90, 80, 70, 60, 100, 100, 10, 5, 20, 50 };
        var scores = new[] { "90", "80", "70", "60", "50", "45", "30", "30", null, "35" };
        for (var i = 0; i < leads.Length; i++)
        {
            var student = i + 1;
            fixture.Registration("AAA", "2014J", student, registered: (-leads[i]).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (scores[i] is { } score)
            {
                fixture.Submission(1, student, score: score);
            }
        }

        return fixture.Submission(3, 10, score: "65");
    }

    private static SegmentsResult Compute(OuladFixture fixture)
    {
        using (fixture)
        {
            var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());
            var root = ConfigFile.Parse("segments.json", Encoding.UTF8.GetBytes(Config)).Root;
            return SegmentsAnalysis.Compute(facts, SegmentationSettings.Read(root), ClusteringSettings.Read(root.Required("clustering")));
        }
    }

    [Fact]
    public void SegmentSizesMatchHandCount()
    {
        var result = Compute(Fixture());

        Assert.Equal(10, result.TotalStudents);
        Assert.Equal(9, result.StudentsWithExam);
        Assert.Equal(["no_exam", "top", "early_mediocre", "failed", "other"], result.Segments.Select(s => s.Id));
        Assert.Equal([1, 3, 2, 2, 2], result.Segments.Select(s => s.Students));
        Assert.Equal([0, 3, 2, 0, 2], result.Segments.Select(s => s.CoursesCompleted));
        Assert.Equal(7, result.TotalCompletions);
    }

    [Fact]
    public void ScoreBoundariesMatchHandValues()
    {
        var result = Compute(Fixture());
        var monetary = result.Scales.Single(s => s.Metric == "monetary");
        var frequency = result.Scales.Single(s => s.Metric == "frequency");
        var lead = result.Scales.Single(s => s.Metric == "leadTime");

        Assert.Equal(ScaleMethod.Quantile, monetary.Method);
        Assert.Equal([null, 50.0, 70.0], monetary.Bins.Select(b => b.AtLeast));
        Assert.Equal([50.0, 70.0, null], monetary.Bins.Select(b => b.Below));
        Assert.Equal([3, 3, 3], monetary.Bins.Select(b => b.Students));
        Assert.Equal(1, monetary.StudentsWithoutValue);

        Assert.Equal(ScaleMethod.FixedLevels, frequency.Method);
        Assert.True(frequency.NearlyConstant);
        Assert.Equal([2, 1, 6], frequency.Bins.Select(b => b.Students));

        Assert.Equal([null, 50.0, 80.0], lead.Bins.Select(b => b.AtLeast));
        Assert.Equal([3, 3, 4], lead.Bins.Select(b => b.Students));
    }

    [Fact]
    public void ProfileIsMeanOfEachMetric()
    {
        var result = Compute(Fixture());
        var early = result.Segments.Single(s => s.Id == "early_mediocre");

        // Students 5 and 6: M (50 + 45) / 2 = 47.5, lead (100 + 100) / 2 = 100, F 1.
        Assert.Equal(47.5, early.ProfileMean(StudentMetric.Monetary));
        Assert.Equal(100, early.ProfileMean(StudentMetric.LeadTime));
        Assert.Equal(1, early.ProfileMean(StudentMetric.Frequency));
        Assert.Null(result.Segments.Single(s => s.Id == "no_exam").ProfileMean(StudentMetric.Monetary));
    }

    [Fact]
    public void FocusSegmentSharesMatchHandValues()
    {
        var focus = Compute(Fixture()).Focus!;

        Assert.Equal("early_mediocre", focus.Id);
        Assert.Equal(2, focus.Students);
        Assert.Equal(0.2, focus.ShareOfStudents, 12);
        Assert.Equal(2.0 / 9, focus.ShareOfStudentsWithExam, 12);
        Assert.Equal(2.0 / 7, focus.ShareOfCompletions, 12);
    }

    [Fact]
    public void StudentMetricsMatchHandValues()
    {
        using var fixture = Fixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        var metrics = StudentMetrics.Compute(facts);

        // Student 10 (index 9): attempts 35 and 65 on day 200, one passed; registered 50 days early.
        Assert.Equal(200, metrics[StudentMetric.Recency][9]);
        Assert.Equal(0.5, metrics[StudentMetric.Frequency][9]);
        Assert.Equal(50, metrics[StudentMetric.Monetary][9]);
        Assert.Equal(50, metrics[StudentMetric.LeadTime][9]);
        Assert.Equal(1, metrics[StudentMetric.CoursesRegistered][9]);
        Assert.Equal(1, metrics[StudentMetric.CoursesCompleted][9]);
        Assert.Equal(0, metrics[StudentMetric.CoursesUnregistered][9]);
        Assert.True(double.IsNaN(metrics[StudentMetric.CourseworkScore][9]));
        Assert.True(double.IsNaN(metrics[StudentMetric.Monetary][8]));
    }

    [Fact]
    public void ShippedConfigurationLoads()
    {
        var settings = ShippedSettings.Analysis.Segmentation;

        Assert.InRange(settings.Bins, SegmentationSettings.MinBins, SegmentationSettings.MaxBins);
        Assert.Empty(settings.Rules[^1].Conditions);
        Assert.Contains(settings.Rules, r => r.Id == settings.FocusSegment);
    }

    [Theory]
    [InlineData("\"bins\": 3", "\"bins\": 7", "segments.json(2,11)", "7")]
    [InlineData("\"monetary\": \"<= 2\"", "\"monetary\": \"mediocre\"", "segments.json(11,150)", "mediocre")]
    [InlineData("\"when\": {} }", "\"when\": { \"frequency\": \"1\" } }", "segments.json(13,5)", "other")]
    [InlineData("\"focusSegment\": \"early_mediocre\"", "\"focusSegment\": \"early\"", "segments.json(15,19)", "early")]
    [InlineData("\"seed\": 7", "\"sead\": 7", "segments.json(18,41)", "sead")]
    public void InvalidSettingNamesFileLineAndValue(string original, string replacement, string location, string value)
    {
        var text = Config.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Config, text);

        var error = Assert.Throws<ConfigurationException>(() =>
        {
            var root = ConfigFile.Parse("segments.json", Encoding.UTF8.GetBytes(text)).Root;
            SegmentationSettings.Read(root);
            ClusteringSettings.Read(root.Required("clustering"));
        });

        Assert.Contains(location, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenJsonNamesLine()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigFile.Parse("segments.json", Encoding.UTF8.GetBytes("{\n  \"bins\": ,\n}")));

        Assert.Contains("segments.json(2,", error.Message, StringComparison.Ordinal);
    }
}
