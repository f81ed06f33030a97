namespace EduReport.Load;

/// <summary>Sentinels that mark a missing value in the typed columns.</summary>
public static class Missing
{
    /// <summary>A missing day: days are offsets from the start of a presentation and never reach this value.</summary>
    public const int Day = int.MinValue;

    /// <summary>Returns whether <paramref name="day"/> holds a value.</summary>
    public static bool HasDay(int day) => day != Day;

    /// <summary>Returns whether <paramref name="value"/> holds a value; missing scores and weights are NaN.</summary>
    public static bool HasValue(double value) => !double.IsNaN(value);

    /// <summary>Returns whether <paramref name="value"/> holds a value; missing scores are NaN.</summary>
    public static bool HasValue(float value) => !float.IsNaN(value);
}
