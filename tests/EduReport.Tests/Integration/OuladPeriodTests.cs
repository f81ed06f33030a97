using EduReport.Analyse;
using EduReport.Check;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Periods;
using EduReport.Questions.PeriodComparison;
using EduReport.Tests.Support;

namespace EduReport.Tests.Integration;

/// <summary>
/// Reports on one presentation of the real OULAD tables and its change since the previous period.
/// docs/verification/period_comparison.py recomputes these figures from the CSV files with Python's csv
/// module, sharing no code with EduReport; it matched results.json of runs with --period 2014J and 2014B.
/// </summary>
public sealed class OuladPeriodTests
{
    private static readonly Lazy<CheckResult> Checked = new(() => DataChecker.Run(DatasetLoader.Load(OuladFactAttribute.Directory)));

    private static ReportResults Run(string period)
    {
        var check = Checked.Value;
        var facts = PeriodFacts.Build(check.Dataset, PeriodSelector.Select(period, check.Dataset), new Definitions());
        return Analyser.Run(facts, check, ShippedSettings.Analysis);
    }

    [OuladFact]
    public void Period2014JComparesEachModule()
    {
        var results = Run("2014J");
        var comparison = results.PeriodComparison;

        Assert.Equal(["2014J"], results.Period.Presentations);
        Assert.Equal(7, results.Dataset.Courses);
        Assert.Equal(ComparisonStatus.Compared, comparison.Status);
        Assert.Equal(["2013J", "2014B"], comparison.PreviousPresentations);
        Assert.Equal(["2013J: AAA", "2014B: BBB CCC DDD EEE FFF GGG"],
            comparison.ComparedWith.Select(b => string.Join(' ', b.PreviousPresentations) + ": " + string.Join(' ', b.Modules)));
        Assert.Empty(comparison.NewModules);
        Assert.Equal(new CountChange(10670, 7715, 2955), comparison.Students);
        Assert.Equal(new CountChange(11260, 8187, 3073), comparison.Registrations);
        Assert.Equal((1861, 2118, 1149, 1271), Counts(comparison.CompletionRate));
        Assert.Equal(0.023372794860156847, comparison.CompletionRate.Test!.PValue, 9);
        Assert.True(comparison.CompletionRate.Significant);
        Assert.Equal((3739, 11260, 2670, 8187), Counts(comparison.ChurnRate));
        Assert.False(comparison.ChurnRate.Significant);
        Assert.Equal((11508, 49276, 12875, 39373), Counts(comparison.LateShare));
    }

    [OuladFact]
    public void Period2014JFlagsDddAfterHolm()
    {
        // Only CCC and DDD have exam results in both presentations; DDD's p-value 0.016055 doubles to 0.032110.
        var modules = Run("2014J").PeriodComparison.Modules;

        var ddd = modules.Single(m => m.Module == "DDD");
        Assert.Equal((842, 950, 485, 524), Counts(ddd.CompletionRate));
        Assert.Equal(0.016054877148397047, ddd.CompletionRate.Test!.PValue, 9);
        Assert.Equal(0.032109754296794094, ddd.CompletionRate.AdjustedPValue!.Value, 9);
        Assert.True(ddd.CompletionRate.Significant);
        Assert.False(modules.Single(m => m.Module == "CCC").CompletionRate.Significant);
        Assert.Null(modules.Single(m => m.Module == "AAA").CompletionRate.Delta);
    }

    [OuladFact]
    public void Period2014BLeavesNewModuleOut()
    {
        // CCC starts in 2014B, so the totals compare the other five modules with their 2013J presentations.
        var comparison = Run("2014B").PeriodComparison;

        Assert.Equal(["CCC"], comparison.NewModules);
        Assert.Equal(["2013J"], comparison.PreviousPresentations);
        Assert.Equal(new CountChange(5856, 8447, -2591), comparison.Students);
        Assert.Equal(new CountChange(5868, 8462, -2594), comparison.Registrations);
        Assert.Equal(new CountChange(5, 5, 0), comparison.Courses);
        Assert.Equal((485, 524, 878, 968), Counts(comparison.CompletionRate));
        Assert.Equal((1712, 5868, 2316, 8462), Counts(comparison.ChurnRate));
        Assert.Equal(0.018048438891207472, comparison.ChurnRate.Test!.PValue, 9);
        Assert.Equal(new CountChange(1936, null, null), comparison.Modules.Single(m => m.Module == "CCC").Registrations);
    }

    private static (int, int, int?, int?) Counts(RateChange rate) => (rate.CurrentCount, rate.CurrentTotal, rate.PreviousCount, rate.PreviousTotal);
}
