using EduReport.Load;
using EduReport.Periods;
using EduReport.Tests.Support;

namespace EduReport.Tests.Periods;

public sealed class PeriodSelectorTests
{
    // Courses: AAA in 2013J, 2014B and 2014J; BBB only in 2014J; CCC in 2013B and 2013J.
    // The data therefore hold 2013B, 2013J, 2014B and 2014J.
    private static Dataset Courses()
    {
        using var fixture = new OuladFixture()
            .Course("AAA", "2014J").Course("AAA", "2013J").Course("AAA", "2014B")
            .Course("BBB", "2014J")
            .Course("CCC", "2013J").Course("CCC", "2013B");
        return DatasetLoader.Load(fixture.Write()).Dataset;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("all")]
    [InlineData("ALL")]
    public void AllCoversEveryPresentation(string? setting)
    {
        var selection = PeriodSelector.Select(setting, Courses());

        Assert.Equal(["2013B", "2013J", "2014B", "2014J"], selection.Period.Presentations);
        Assert.Equal(["2013B", "2013J", "2014B", "2014J"], selection.Period.PresentationsInData);
        Assert.True(selection.Period.CoversAllData);
        Assert.All(selection.Modules, m => Assert.Empty(m.PreviousPresentations));
        Assert.Equal(["AAA", "BBB", "CCC"], selection.Modules.Select(m => m.Module));
    }

    [Fact]
    public void LatestIsLastPresentationInTime()
    {
        var selection = PeriodSelector.Select("latest", Courses());

        Assert.Equal(["2014J"], selection.Period.Presentations);
        Assert.False(selection.Period.CoversAllData);
        Assert.Equal("latest", selection.Period.Setting);
    }

    [Fact]
    public void EachModuleComparedWithItsOwnPrevious()
    {
        // In 2014J, AAA's previous presentation is 2014B; BBB has none, so it is new; CCC is not in the period.
        var selection = PeriodSelector.Select("2014J", Courses());

        Assert.Equal(["AAA", "BBB"], selection.Modules.Select(m => m.Module));
        Assert.Equal(["2014J"], selection.Modules[0].Presentations);
        Assert.Equal(["2014B"], selection.Modules[0].PreviousPresentations);
        Assert.True(selection.Modules[1].IsNew);
    }

    [Fact]
    public void NamedPresentationIgnoresLetterCase()
    {
        // In 2013J, CCC's previous presentation is 2013B; AAA starts in 2013J.
        var selection = PeriodSelector.Select("2013j", Courses());

        Assert.Equal(["2013J"], selection.Period.Presentations);
        Assert.True(selection.Modules.Single(m => m.Module == "AAA").IsNew);
        Assert.Equal(["2013B"], selection.Modules.Single(m => m.Module == "CCC").PreviousPresentations);
    }

    [Fact]
    public void RangeComparesAsManyPresentations()
    {
        // AAA has two presentations in 2014B..2014J and only one, 2013J, before them.
        var selection = PeriodSelector.Select("2014B..2014J", Courses());

        Assert.Equal(["2014B", "2014J"], selection.Period.Presentations);
        var aaa = selection.Modules.Single(m => m.Module == "AAA");
        Assert.Equal(["2014B", "2014J"], aaa.Presentations);
        Assert.Equal(["2013J"], aaa.PreviousPresentations);
        Assert.True(selection.Modules.Single(m => m.Module == "BBB").IsNew);
    }

    [Fact]
    public void RangeIncludesBothEnds()
    {
        var selection = PeriodSelector.Select("2013J..2014B", Courses());

        Assert.Equal(["2013J", "2014B"], selection.Period.Presentations);
        Assert.Equal(["2013B"], selection.Modules.Single(m => m.Module == "CCC").PreviousPresentations);
        Assert.Empty(selection.Modules.Single(m => m.Module == "AAA").PreviousPresentations);
    }

    [Theory]
    [InlineData("2015J", "2015J")]
    [InlineData("2013J..2015B", "2015B")]
    [InlineData("2012B..2014J", "2012B")]
    public void UnknownPresentationNamesValueAndData(string setting, string unknown)
    {
        var error = Assert.Throws<ConfigurationException>(() => PeriodSelector.Select(setting, Courses()));

        Assert.Contains($"\"{setting}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains($"presentation {unknown} is not in the data", error.Message, StringComparison.Ordinal);
        Assert.Contains("2013B, 2013J, 2014B, 2014J", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2014J..2013J")]
    [InlineData("last")]
    [InlineData("2014")]
    public void InvalidSettingListsAllowedValues(string setting)
    {
        var error = Assert.Throws<ConfigurationException>(() => PeriodSelector.Select(setting, Courses()));

        Assert.Contains($"Invalid period \"{setting}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("latest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LatestWithoutCoursesIsError()
    {
        using var fixture = new OuladFixture();
        var empty = DatasetLoader.Load(fixture.Write()).Dataset;

        var error = Assert.Throws<ConfigurationException>(() => PeriodSelector.Select("latest", empty));

        Assert.Contains("courses.csv has no course", error.Message, StringComparison.Ordinal);
        Assert.Empty(PeriodSelector.Select("all", empty).Period.Presentations);
    }
}
