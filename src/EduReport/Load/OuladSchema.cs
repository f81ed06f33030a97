namespace EduReport.Load;

/// <summary>The file name and the column names of each OULAD table, as the dataset spells them.</summary>
public static class OuladSchema
{
    public const string CodeModule = "code_module";
    public const string CodePresentation = "code_presentation";
    public const string ModulePresentationLength = "module_presentation_length";
    public const string IdAssessment = "id_assessment";
    public const string AssessmentType = "assessment_type";
    public const string Date = "date";
    public const string Weight = "weight";
    public const string IdStudent = "id_student";
    public const string DateSubmitted = "date_submitted";
    public const string IsBanked = "is_banked";
    public const string Score = "score";
    public const string DateRegistration = "date_registration";
    public const string DateUnregistration = "date_unregistration";

    public static string FileName(OuladTable table) => table switch
    {
        OuladTable.Courses => "courses.csv",
        OuladTable.Assessments => "assessments.csv",
        OuladTable.StudentAssessment => "studentAssessment.csv",
        OuladTable.StudentRegistration => "studentRegistration.csv",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    /// <summary>Returns the columns of <paramref name="table"/> in the order OULAD writes them.</summary>
    public static IReadOnlyList<string> Columns(OuladTable table) => table switch
    {
        OuladTable.Courses => [CodeModule, CodePresentation, ModulePresentationLength],
        OuladTable.Assessments => [CodeModule, CodePresentation, IdAssessment, AssessmentType, Date, Weight],
        OuladTable.StudentAssessment => [IdAssessment, IdStudent, DateSubmitted, IsBanked, Score],
        OuladTable.StudentRegistration => [CodeModule, CodePresentation, IdStudent, DateRegistration, DateUnregistration],
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };
}
