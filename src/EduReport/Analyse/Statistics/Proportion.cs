namespace EduReport.Analyse.Statistics;

/// <summary>A rate of successes in trials with its 95% Wilson interval; all three are null when there are no trials.</summary>
public readonly record struct Proportion(double? Rate, double? CiLow, double? CiHigh)
{
    public static Proportion Of(int successes, int trials)
    {
        if (WilsonInterval.Compute(successes, trials) is not var (low, high))
        {
            return default;
        }

        return new Proportion((double)successes / trials, low, high);
    }
}
