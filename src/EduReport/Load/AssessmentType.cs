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

/// <summary>The spelling of assessment types in OULAD files.</summary>
public static class AssessmentTypes
{
    /// <summary>Returns the type as the assessment_type column writes it: TMA, CMA or Exam.</summary>
    public static string Name(AssessmentType type) => type switch
    {
        AssessmentType.Tma => "TMA",
        AssessmentType.Cma => "CMA",
        AssessmentType.Exam => "Exam",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
