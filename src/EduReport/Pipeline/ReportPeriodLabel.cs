using EduReport.Analyse;

namespace EduReport.Pipeline;

/// <summary>The period a report covers, as written in file names and the e-mail subject: "2014J", or "2013B-2014J" for several presentations.</summary>
public static class ReportPeriodLabel
{
    /// <remarks>NOTE: until the period setting selects presentations, a report covers every presentation in the data.</remarks>
    public static string Of(ReportResults results)
    {
        var (first, last) = (results.Dataset.FirstPresentation, results.Dataset.LastPresentation);
        return first == last ? first : $"{first}-{last}";
    }
}
