using EduReport.Render;

namespace EduReport.Tests.Render;

/// <summary>Numbers, percentages, dates, changes and plural forms in the report languages.</summary>
public sealed class ReportFormatterTests
{
    // The no-break space that .NET's ru-RU culture puts between digit groups and before "%".
    private const string Nbsp = "\u00A0";

    private static ReportFormatter Formatter(string language)
    {
        var strings = ReportStrings.Load(Path.Combine(AppContext.BaseDirectory, "templates"), language);
        return new ReportFormatter(ReportFormatter.CultureFor(language), strings);
    }

    [Theory]
    [InlineData("ru", 64.25, 2, "64,25")]
    [InlineData("en", 64.25, 2, "64.25")]
    [InlineData("ru", 1234567.891, 1, "1" + Nbsp + "234" + Nbsp + "567,9")]
    [InlineData("en", 1234567.891, 1, "1,234,567.9")]
    // Halves round away from zero: -1.25 gives -1.3, where .NET alone gives -1.2. The sign is the
    // minus U+2212 of the report text, not .NET's hyphen-minus.
    [InlineData("ru", -1.25, 1, "\u22121,3")]
    [InlineData("en", -0.26, 2, "\u22120.26")]
    [InlineData("en", 2.5, 0, "3")]
    [InlineData("en", 1e20, 0, "100,000,000,000,000,000,000")]
    [InlineData("en", 0.0, 0, "0")]
    public void NumberUsesLanguageSeparators(string language, double value, int decimals, string expected)
    {
        Assert.Equal(expected, Formatter(language).Number(value, decimals));
    }

    [Theory]
    [InlineData("ru", 0.66666, 1, "66,7" + Nbsp + "%")]
    [InlineData("en", 0.66666, 1, "66.7%")]
    [InlineData("ru", 1.0, 0, "100" + Nbsp + "%")]
    [InlineData("en", 0.05, 2, "5.00%")]
    // 0.00125 is 0.125%, which rounds away from zero to 0.13%.
    [InlineData("en", 0.00125, 2, "0.13%")]
    public void PercentUsesLanguageSign(string language, double share, int decimals, string expected)
    {
        Assert.Equal(expected, Formatter(language).Percent(share, decimals));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public void MissingValuesPrintDash(string language)
    {
        var format = Formatter(language);

        Assert.Equal("—", format.Number(null));
        Assert.Equal("—", format.Number(double.NaN));
        Assert.Equal("—", format.Percent(double.PositiveInfinity));
        Assert.Equal("—", format.Count(null));
        Assert.Equal("—", format.Delta(double.NaN));
        Assert.Equal("—", format.Format(null, "text"));
        Assert.Equal("—", format.Format(string.Empty, "text"));
    }

    [Theory]
    // one: 1, 21, 101; few: 2-4, 22-24; many: 0, 5-20 (11-14 included), 25-30, 111; fractions take few.
    [InlineData(0, "студентов")]
    [InlineData(1, "студент")]
    [InlineData(2, "студента")]
    [InlineData(4, "студента")]
    [InlineData(5, "студентов")]
    [InlineData(11, "студентов")]
    [InlineData(12, "студентов")]
    [InlineData(13, "студентов")]
    [InlineData(14, "студентов")]
    [InlineData(21, "студент")]
    [InlineData(22, "студента")]
    [InlineData(25, "студентов")]
    [InlineData(101, "студент")]
    [InlineData(111, "студентов")]
    [InlineData(112, "студентов")]
    [InlineData(1001, "студент")]
    [InlineData(1.5, "студента")]
    [InlineData(0.5, "студента")]
    public void RussianPluralForms(double count, string expected)
    {
        Assert.Equal(expected, Formatter("ru").Plural(count, "student"));
    }

    [Theory]
    [InlineData(0, "students")]
    [InlineData(1, "student")]
    [InlineData(2, "students")]
    [InlineData(21, "students")]
    [InlineData(1.5, "students")]
    public void EnglishPluralForms(double count, string expected)
    {
        Assert.Equal(expected, Formatter("en").Plural(count, "student"));
    }

    [Fact]
    public void UnknownPluralWordIsAnError()
    {
        var exception = Assert.Throws<RenderException>(() => Formatter("en").Plural(2, "studnet"));

        Assert.Contains("plural.studnet", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "4 декабря 2026")]
    [InlineData("en", "4 December 2026")]
    public void DateSpellsTheMonth(string language, string expected)
    {
        Assert.Equal(expected, Formatter(language).Date(new DateOnly(2026, 12, 4)));
    }

    [Theory]
    [InlineData("ru", 2.5, "↑" + Nbsp + "2,5")]
    [InlineData("ru", -0.84, "↓" + Nbsp + "0,8")]
    [InlineData("en", -0.84, "↓" + Nbsp + "0.8")]
    [InlineData("en", 0.04, "0.0")]
    [InlineData("en", -0.04, "0.0")]
    public void DeltaHasArrowForDirection(string language, double change, string expected)
    {
        Assert.Equal(expected, Formatter(language).Delta(change, 1));
    }

    [Theory]
    // A share that rose from 0.60 to 0.65 changed by 5 percentage points.
    [InlineData("ru", 0.05, "↑" + Nbsp + "5,0" + Nbsp + "п." + Nbsp + "п.")]
    [InlineData("en", -0.05, "↓" + Nbsp + "5.0" + Nbsp + "pp")]
    public void DeltaPointsAreInPercentagePoints(string language, double change, string expected)
    {
        Assert.Equal(expected, Formatter(language).DeltaPoints(change, 1));
    }

    [Theory]
    // A KPI tile's change that prints as zero reads as no change; any other change keeps its arrow.
    [InlineData("ru", 0, "delta:0", "без изменений")]
    [InlineData("en", 0, "delta:0", "no change")]
    [InlineData("en", 0.4, "delta:0", "no change")]
    [InlineData("en", 0.5, "delta:0", "↑" + Nbsp + "1")]
    [InlineData("ru", -0.0004, "delta_pp:1", "без изменений")]
    [InlineData("en", 0.0005, "delta_pp:1", "↑" + Nbsp + "0.1" + Nbsp + "pp")]
    [InlineData("en", 3, "delta:0", "↑" + Nbsp + "3")]
    [InlineData("en", double.NaN, "delta:0", "—")]
    public void ChangeOfZeroReadsNoChange(string language, double change, string format, string expected)
    {
        Assert.Equal(expected, Formatter(language).Change(change, format));
    }

    [Theory]
    [InlineData("ru", 0.25, "pct:1", "25,0" + Nbsp + "%")]
    [InlineData("ru", 0.25, "pct", "25,0" + Nbsp + "%")]
    [InlineData("en", 1234.5, "count", "1,235")]
    [InlineData("en", 7, "count", "7")]
    [InlineData("en", 3.14159, "num:3", "3.142")]
    [InlineData("en", 3.14159, "num", "3.1")]
    [InlineData("en", 12, "text", "12")]
    [InlineData("en", "DDD", "text", "DDD")]
    [InlineData("en", 0.1, "delta_pp:0", "↑" + Nbsp + "10" + Nbsp + "pp")]
    public void FormatByName(string language, object value, string format, string expected)
    {
        Assert.Equal(expected, Formatter(language).Format(value, format));
    }

    [Fact]
    public void FormatOfDate()
    {
        Assert.Equal("4 декабря 2026", Formatter("ru").Format(new DateOnly(2026, 12, 4), "date"));
    }

    [Theory]
    [InlineData("percent")]
    [InlineData("num:x")]
    [InlineData("count:2")]
    [InlineData("pct:-1")]
    public void UnknownFormatNameIsAnError(string format)
    {
        var exception = Assert.Throws<ArgumentException>(() => ValueFormat.Parse(format));

        Assert.Contains(format, exception.Message, StringComparison.Ordinal);
        Assert.Contains(ValueFormat.Names, exception.Message, StringComparison.Ordinal);
    }
}
