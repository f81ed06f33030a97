namespace EduReport.Questions.Segments;

/// <summary>A per-student metric, computed across all of the student's courses.</summary>
public enum StudentMetric
{
    /// <summary>R, an adapted recency: the mean submission day of the student's exam attempts.</summary>
    Recency,

    /// <summary>F, the exam completion rate: passed exam attempts over exam attempts.</summary>
    Frequency,

    /// <summary>M: the mean exam score.</summary>
    Monetary,

    /// <summary>The mean number of days the student registered before the start of a presentation (negative after it).</summary>
    LeadTime,

    CoursesRegistered,

    /// <summary>Courses with a passed exam attempt.</summary>
    CoursesCompleted,

    /// <summary>Registrations with an unregistration date.</summary>
    CoursesUnregistered,

    /// <summary>The mean score of the student's scored TMA and CMA submissions.</summary>
    CourseworkScore,
}

/// <summary>The names by which configuration files, results.json and templates refer to each <see cref="StudentMetric"/>.</summary>
public static class StudentMetricKeys
{
    public static IReadOnlyList<StudentMetric> All { get; } = Enum.GetValues<StudentMetric>();

    /// <summary>Returns the camelCase key of a metric, such as "leadTime".</summary>
    public static string Key(StudentMetric metric)
    {
        var name = metric.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static StudentMetric Parse(string key) =>
        TryParse(key, out var metric) ? metric : throw new ArgumentException($"'{key}' is not a student metric.", nameof(key));

    public static bool TryParse(string key, out StudentMetric metric)
    {
        foreach (var candidate in All)
        {
            if (Key(candidate) == key)
            {
                metric = candidate;
                return true;
            }
        }

        metric = default;
        return false;
    }
}
