namespace EduReport.Analyse.Statistics;

/// <summary>
/// The Holm–Bonferroni step-down correction for multiple comparisons. It controls the family-wise
/// error rate (the chance of any false flag) like Bonferroni, and rejects at least as many hypotheses.
/// </summary>
public static class HolmCorrection
{
    /// <summary>
    /// Returns the Holm-adjusted p-values in the order of <paramref name="pValues"/>: the i-th smallest
    /// p-value of m is multiplied by m − i + 1, made non-decreasing along the sorted order, and capped at 1.
    /// A hypothesis is rejected at level α when its adjusted p-value is at most α.
    /// </summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var adjusted = new double[m];
        var runningMax = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            var index = order[rank];
            runningMax = Math.Max(runningMax, Math.Min(1, (m - rank) * pValues[index]));
            adjusted[index] = runningMax;
        }

        return adjusted;
    }
}
