namespace EduReport.Load;

/// <summary>The tables of an OULAD-format export that EduReport reads.</summary>
public enum OuladTable
{
    Courses,
    Assessments,
    StudentAssessment,
    StudentRegistration,
}
