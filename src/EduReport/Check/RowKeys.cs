using System.Globalization;
using EduReport.Load;

namespace EduReport.Check;

/// <summary>
/// Writes the key of a row as column names and values, such as "id_assessment 1752, id_student 11391" or "DDD 2013B, id_student 11391",
/// so that an analyst can find the row at the source. Student ids are left out when values are hidden.
/// </summary>
internal sealed class RowKeys(Dataset dataset, bool hideStudents)
{
    /// <summary>Returns a course as people write it, such as "DDD 2013B".</summary>
    public string Course(int module, int presentation) => $"{dataset.Modules[module]} {dataset.Presentations[presentation]}";

    public string CourseRow(int course) => Course(dataset.Courses.Module[course], dataset.Courses.Presentation[course]);

    public string Assessment(int row)
    {
        var assessments = dataset.Assessments;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{OuladSchema.IdAssessment} {assessments.Id[row]} ({dataset.Modules[assessments.Module[row]]} {dataset.Presentations[assessments.Presentation[row]]}, {AssessmentTypes.Name(assessments.Type[row])})");
    }

    public string Submission(int row)
    {
        var submissions = dataset.Submissions;
        var assessment = string.Create(CultureInfo.InvariantCulture, $"{OuladSchema.IdAssessment} {submissions.AssessmentId[row]}");
        return hideStudents
            ? assessment
            : string.Create(CultureInfo.InvariantCulture, $"{assessment}, {OuladSchema.IdStudent} {submissions.Student[row]}");
    }

    public string Registration(int row)
    {
        var registrations = dataset.Registrations;
        var course = Course(registrations.Module[row], registrations.Presentation[row]);
        return hideStudents
            ? course
            : string.Create(CultureInfo.InvariantCulture, $"{course}, {OuladSchema.IdStudent} {registrations.Student[row]}");
    }

    public static string Day(int day) => Missing.HasDay(day) ? day.ToString(CultureInfo.InvariantCulture) : string.Empty;

    public static string Number(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);
}
