using EduReport.Facts;
using EduReport.Periods;
using EduReport.Questions.AssessmentForms;
using EduReport.Questions.CourseComparison;
using EduReport.Questions.DataAndDefinitions;
using EduReport.Questions.DataQuality;
using EduReport.Questions.Distributions;
using EduReport.Questions.ExamDifficulty;
using EduReport.Questions.ExamPassDay;
using EduReport.Questions.PeriodComparison;
using EduReport.Questions.Popularity;
using EduReport.Questions.Recommendations;
using EduReport.Questions.Segments;
using EduReport.Questions.Semesters;
using EduReport.Questions.SingleCoursePassers;

namespace EduReport.Analyse;

/// <summary>
/// Every section's result, as computed from the facts. Rendering reads only this; results.json is this
/// record written as JSON with camelCase names.
/// </summary>
/// <param name="Period">The presentations the report covers; every other result but the data quality describes them only.</param>
/// <param name="PeriodComparison">The change against the previous comparable period.</param>
public sealed record ReportResults(
    Definitions Definitions,
    DatasetSummary Dataset,
    DataQualityResult DataQuality,
    SingleCoursePassersResult SingleCoursePassers,
    ExamDifficultyResult ExamDifficulty,
    ExamPassDayResult ExamPassDay,
    PopularityResult Popularity,
    SemestersResult Semesters,
    CourseComparisonResult CourseComparison,
    DistributionsResult Distributions,
    SegmentsResult Segments,
    AssessmentFormsResult AssessmentForms,
    RecommendationsResult Recommendations,
    ReportPeriod Period,
    PeriodComparisonResult PeriodComparison);
