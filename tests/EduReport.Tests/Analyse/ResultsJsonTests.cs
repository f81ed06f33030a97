using System.Globalization;
using System.Text.Json;
using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Tests.Analyse;

public sealed class ResultsJsonTests
{
    /// <summary>
    /// The paths that results.json promises, as docs/results.md lists them. "[]" stands for every
    /// element of an array, which must not be empty in the fixture.
    /// </summary>
    public static TheoryData<string> RequiredPaths() =>
    [
        "definitions.passThreshold",
        "definitions.includeBanked",
        "definitions.courseScope",
        "definitions.churnAfterStartOnly",
        "definitions.minAttemptsToRank",
        "definitions.significanceLevel",
        "dataset.courses",
        "dataset.modules",
        "dataset.presentations",
        "dataset.students",
        "dataset.registrations",
        "dataset.assessments",
        "dataset.submissions",
        "singleCoursePassers.students",
        "singleCoursePassers.distribution[].coursesPassed",
        "singleCoursePassers.distribution[].students",
        "examDifficulty.exams[].idAssessment",
        "examDifficulty.exams[].module",
        "examDifficulty.exams[].presentation",
        "examDifficulty.exams[].attempts",
        "examDifficulty.exams[].passed",
        "examDifficulty.exams[].passRate",
        "examDifficulty.exams[].ciLow",
        "examDifficulty.exams[].ciHigh",
        "examDifficulty.hardest.idAssessment",
        "examDifficulty.hardest.passRate",
        "examDifficulty.hardest.ciLow",
        "examDifficulty.hardest.ciHigh",
        "examDifficulty.easiest.idAssessment",
        "examDifficulty.easiest.passRate",
        "examDifficulty.examsWithoutAttempts",
        "examPassDay.byModule[].module",
        "examPassDay.byModule[].mean",
        "examPassDay.byModule[].median",
        "examPassDay.byModule[].students",
        "examPassDay.byCourse[].module",
        "examPassDay.byCourse[].presentation",
        "examPassDay.byCourse[].mean",
        "examPassDay.byCourse[].median",
        "examPassDay.byCourse[].students",
        "popularity.topByRegistrations[].module",
        "popularity.topByRegistrations[].registrations",
        "popularity.topByChurn[].module",
        "popularity.topByChurn[].churnRate",
        "popularity.topByChurn[].unregistrations",
        "popularity.topByChurn[].registrations",
        "semesters.lowestCompletion.presentation",
        "semesters.lowestCompletion.completionRate",
        "semesters.longestSubmission.presentation",
        "semesters.longestSubmission.meanExamDay",
        "semesters.table[].presentation",
        "courseComparison.courses[].module",
        "courseComparison.courses[].presentation",
        "courseComparison.courses[].registrations",
        "courseComparison.courses[].churnRate",
        "courseComparison.courses[].completionRate",
        "courseComparison.courses[].lateShare",
        "distributions.scores[].summary.median",
        "distributions.scores[].summary.skewness",
        "distributions.registrationLeadTime.summary.lowerQuartile",
        "distributions.submissionDelay.histogram.bins[].count",
        "distributions.coursesPerStudent.distribution[].students",
        "period.presentations",
        "periodComparison.status",
        "periodComparison.students.current",
        "periodComparison.students.delta",
        "periodComparison.registrations.delta",
        "periodComparison.courses.delta",
        "periodComparison.completionRate.current",
        "periodComparison.completionRate.previous",
        "periodComparison.completionRate.delta",
        "periodComparison.churnRate.delta",
        "periodComparison.modules[].module",
        "periodComparison.modules[].completionRate.delta",
        "periodComparison.modules[].churnRate.delta",
    ];

    [Theory]
    [MemberData(nameof(RequiredPaths))]
    public void RequiredPathExists(string path)
    {
        using var document = JsonDocument.Parse(Serialize());

        var found = Resolve(document.RootElement, path.Split('.'));

        Assert.True(found.Count > 0, $"{path} is missing from results.json.");
    }

    [Fact]
    public void CourseComparisonHasOneObjectPerCourse()
    {
        using var document = JsonDocument.Parse(Serialize());

        var courses = document.RootElement.GetProperty("courseComparison").GetProperty("courses");

        Assert.Equal(2, courses.GetArrayLength());
        Assert.Equal(2, document.RootElement.GetProperty("dataset").GetProperty("courses").GetInt32());
    }

    [Fact]
    public void NumbersAreInvariantUnderRussianCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
        try
        {
            using var document = JsonDocument.Parse(Serialize());

            // DDD 2013B: 1 of 2 attempts passed.
            var hardest = document.RootElement.GetProperty("examDifficulty").GetProperty("hardest");
            Assert.Equal(0.5, hardest.GetProperty("passRate").GetDouble());
            Assert.Equal(JsonValueKind.Number, hardest.GetProperty("ciLow").ValueKind);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void MissingValuesAreNull()
    {
        using var document = JsonDocument.Parse(Serialize());

        // The sample has no TMA or CMA, so every course's mean coursework score is undefined.
        var course = document.RootElement.GetProperty("courseComparison").GetProperty("courses")[0];
        Assert.Equal(JsonValueKind.Null, course.GetProperty("meanCourseworkScore").ValueKind);
    }

    private static byte[] Serialize()
    {
        using var fixture = SampleCourses.Create();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions { MinAttemptsToRank = 1 });
        return ResultsJson.Serialize(Analyser.Run(facts, ShippedSettings.Analysis));
    }

    private static List<JsonElement> Resolve(JsonElement element, ReadOnlySpan<string> parts)
    {
        if (parts.IsEmpty)
        {
            return [element];
        }

        var part = parts[0];
        var isArray = part.EndsWith("[]", StringComparison.Ordinal);
        var name = isArray ? part[..^2] : part;
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var child))
        {
            return [];
        }

        if (!isArray)
        {
            return Resolve(child, parts[1..]);
        }

        if (child.ValueKind != JsonValueKind.Array || child.GetArrayLength() == 0)
        {
            return [];
        }

        // Every element must have the rest of the path.
        var found = new List<JsonElement>();
        foreach (var item in child.EnumerateArray())
        {
            var itemFound = Resolve(item, parts[1..]);
            if (itemFound.Count == 0)
            {
                return [];
            }

            found.AddRange(itemFound);
        }

        return found;
    }
}
