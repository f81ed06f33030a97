namespace EduReport.Load;

/// <summary>The form of an assessment, as OULAD's assessment_type column names it.</summary>
public enum AssessmentType : byte
{
    /// <summary>Tutor-marked assessment (coursework).</summary>
    Tma,

    /// <summary>Computer-marked assessment (coursework).</summary>
    Cma,

    /// <summary>Final exam.</summary>
    Exam,
}
