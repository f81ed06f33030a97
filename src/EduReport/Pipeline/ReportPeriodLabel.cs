using EduReport.Analyse;

namespace EduReport.Pipeline;

/// <summary>The period a report covers, as written in file names and the e-mail subject: "2014J", or "2013B-2014J" for several presentations.</summary>
public static class ReportPeriodLabel
{
    /// <summary>Returns the label of the presentations the report covers; empty when the data have no course.</summary>
    public static string Of(ReportResults results)
    {
        var presentations = results.Period.Presentations;
        return presentations.Count switch
        {
            0 => string.Empty,
            1 => presentations[0],
            _ => $"{presentations[0]}-{presentations[^1]}",
        };
    }
}
