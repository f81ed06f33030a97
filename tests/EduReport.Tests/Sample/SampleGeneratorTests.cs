using System.Security.Cryptography;
using EduReport.Check;
using EduReport.Load;
using EduReport.Problems;
using EduReport.Sample;
using EduReport.Tests.Support;

namespace EduReport.Tests.Sample;

public sealed class SampleGeneratorTests
{
    [Fact]
    public void SameSeedGivesSameFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        using var other = new TempDirectory();

        SampleGenerator.Write(first.Path, 300, seed: 7);
        SampleGenerator.Write(second.Path, 300, seed: 7);
        SampleGenerator.Write(other.Path, 300, seed: 8);

        foreach (var file in Directory.GetFiles(first.Path).Select(Path.GetFileName))
        {
            Assert.Equal(Hash(first.File(file!)), Hash(second.File(file!)));
        }

        Assert.NotEqual(Hash(first.File("studentAssessment.csv")), Hash(other.File("studentAssessment.csv")));
    }

    [Fact]
    public void SampleHasOuladQuirks()
    {
        using var dir = new TempDirectory();

        var summary = SampleGenerator.Write(dir.Path, 3000, seed: 1);
        var check = DataChecker.Run(DatasetLoader.Load(dir.Path));

        // The counts the generator reports are the rows the loader reads.
        var dataset = check.Dataset;
        Assert.Equal(summary.Registrations, dataset.Registrations.Count);
        Assert.Equal(summary.Submissions, dataset.Submissions.Count);
        Assert.Equal(3000, dataset.Registrations.Student.Distinct().Count());
        Assert.Equal(22, dataset.Courses.Count);

        // No errors, and each quirk of the real data appears.
        Assert.False(check.Problems.HasErrors, string.Join("\n", check.Problems.Groups().Where(g => g.Severity == Severity.Error).Select(g => g.Kind)));
        var kinds = check.Problems.Groups().Select(g => (g.Kind, g.Column)).ToHashSet();
        Assert.Contains((ProblemKind.MissingValue, "score"), kinds);
        Assert.Contains((ProblemKind.MissingValue, "date_registration"), kinds);
        Assert.Contains((ProblemKind.ExamWithoutResults, null), kinds);
        Assert.Contains((ProblemKind.AssessmentWithoutDate, "date"), kinds);
        Assert.Contains((ProblemKind.SubmissionAfterUnregistration, "date_submitted"), kinds);
        Assert.Contains((ProblemKind.SubmissionAfterCourseEnd, "date_submitted"), kinds);
        Assert.Contains((ProblemKind.NegativeSubmissionDay, "date_submitted"), kinds);
        Assert.Contains(true, dataset.Submissions.IsBanked);

        // About three in ten registrations end in an unregistration, and about a third of deadlines are missed.
        var unregistered = dataset.Registrations.DateUnregistration.Count(Missing.HasDay) / (double)dataset.Registrations.Count;
        Assert.InRange(unregistered, 0.2, 0.4);
        var perRegistration = dataset.Submissions.Count / (double)dataset.Registrations.Count;
        Assert.InRange(perRegistration, 4.0, 7.0);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
