namespace EduReport.Facts;

/// <summary>What counts as one course when students' courses are counted.</summary>
public enum CourseScope
{
    /// <summary>A module in one presentation, such as DDD 2013B: the default, and OULAD's own unit.</summary>
    Presentation,

    /// <summary>A module across all its presentations, so that passing DDD in 2013B and in 2014J counts once.</summary>
    Module,
}
