using EduReport.Facts;
using EduReport.Questions.DataAndDefinitions;
using EduReport.Questions.DataQuality;
using EduReport.Questions.SingleCoursePassers;

namespace EduReport.Analyse;

/// <summary>
/// Every section's result, as computed from the facts. Rendering reads only this; results.json is this
/// record written as JSON with camelCase names.
/// </summary>
public sealed record ReportResults(
    Definitions Definitions,
    DatasetSummary Dataset,
    SingleCoursePassersResult SingleCoursePassers,
    DataQualityResult DataQuality);
