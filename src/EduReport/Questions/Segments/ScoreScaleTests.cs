namespace EduReport.Questions.Segments;

public sealed class ScoreScaleTests
{
    [Fact]
    public void QuantileBoundariesSplitEvenly()
    {
        // Nine values, three bins: boundaries at 0-based positions 3 and 6, the values 4 and 7.
        var scale = ScoreScale.Build([9, 1, 8, 2, 7, 3, 6, 4, 5], 3, []);

        Assert.Equal(ScaleMethod.Quantile, scale.Method);
        Assert.False(scale.NearlyConstant);
        Assert.Equal([null, 4.0, 7.0], scale.Levels.Select(l => l.AtLeast));
        Assert.Equal([0, 3, 3, 3], scale.CountByScore([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    }

    [Fact]
    public void BoundaryValueGoesToUpperScore()
    {
        var scale = ScoreScale.Build([1, 2, 3, 4, 5, 6, 7, 8, 9], 3, []);

        Assert.Equal(1, scale.Score(3.999));
        Assert.Equal(2, scale.Score(4));
        Assert.Equal(2, scale.Score(6.999));
        Assert.Equal(3, scale.Score(7));
    }

    [Fact]
    public void TiesStayInOneScore()
    {
        // Sorted 1, 2, 2, 2, 3, 4 with three bins: boundaries at positions 2 and 4, the values 2 and 3.
        // A split by position would put one 2 in score 1; a split by value keeps all three in score 2.
        var values = new double[] { 2, 4, 2, 1, 3, 2 };
        var scale = ScoreScale.Build(values, 3, []);

        Assert.Equal([null, 2.0, 3.0], scale.Levels.Select(l => l.AtLeast));
        Assert.Equal([0, 1, 3, 2], scale.CountByScore(values));
    }

    [Fact]
    public void NearlyConstantMetricUsesFixedLevels()
    {
        // Ten completion rates, seven of them 1: both quantile boundaries are 1 (positions 3 and 6),
        // which would leave score 2 empty, so the fixed levels 0.5 and 1 take over.
        var values = new double[] { 1, 0, 1, 0.5, 1, 1, 0, 1, 1, 1 };
        var scale = ScoreScale.Build(values, 3, [new FixedLevel(0.5, 2), new FixedLevel(1, 3)]);

        Assert.Equal(ScaleMethod.FixedLevels, scale.Method);
        Assert.True(scale.NearlyConstant);
        Assert.Equal([0, 2, 1, 7], scale.CountByScore(values));
    }

    [Fact]
    public void NearlyConstantWithoutLevelsKeepsQuantiles()
    {
        var values = new double[] { 1, 0, 1, 0.5, 1, 1, 0, 1, 1, 1 };
        var scale = ScoreScale.Build(values, 3, []);

        Assert.Equal(ScaleMethod.Quantile, scale.Method);
        Assert.True(scale.NearlyConstant);
        // Values below 1 score 1 and the sevens ones score 3; score 2 stays empty.
        Assert.Equal([0, 3, 0, 7], scale.CountByScore(values));
    }

    [Fact]
    public void ConstantMetricFallsBackToLevels()
    {
        // Every value is 1: the boundaries are 1 and 1, so score 1 and score 2 would be empty.
        var values = new double[] { 1, 1, 1, 1, 1, 1 };
        var scale = ScoreScale.Build(values, 3, [new FixedLevel(0.5, 2), new FixedLevel(1, 3)]);

        Assert.Equal(ScaleMethod.FixedLevels, scale.Method);
        Assert.Equal([0, 0, 0, 6], scale.CountByScore(values));
    }

    [Fact]
    public void MissingValueScoresZero()
    {
        var scale = ScoreScale.Build([double.NaN, 1, 2, 3], 3, []);

        Assert.Equal(0, scale.Score(double.NaN));
        Assert.Equal([1, 1, 1, 1], scale.CountByScore([double.NaN, 1, 2, 3]));
    }

    [Fact]
    public void FiveBinsOnTenValues()
    {
        // Ten values, five bins: boundaries at positions 2, 4, 6 and 8.
        var values = Enumerable.Range(1, 10).Select(v => (double)v).ToArray();
        var scale = ScoreScale.Build(values, 5, []);

        Assert.Equal([null, 3.0, 5.0, 7.0, 9.0], scale.Levels.Select(l => l.AtLeast));
        Assert.Equal([0, 2, 2, 2, 2, 2], scale.CountByScore(values));
    }

    [Fact]
    public void NoValuesGiveOneLevel()
    {
        var scale = ScoreScale.Build([double.NaN], 3, []);

        Assert.Single(scale.Levels);
        Assert.Equal(0, scale.Score(double.NaN));
    }

    [Theory]
    [InlineData("2", 2, 2)]
    [InlineData("= 2", 2, 2)]
    [InlineData(">= 2", 2, 3)]
    [InlineData("<= 2", 1, 2)]
    [InlineData("> 1", 2, 3)]
    [InlineData("< 3", 1, 2)]
    [InlineData("2..3", 2, 3)]
    [InlineData("any", 1, 3)]
    [InlineData("none", 0, 0)]
    public void ConditionParses(string text, int min, int max)
    {
        var condition = ScoreCondition.Parse(StudentMetric.Monetary, text, 3);

        Assert.NotNull(condition);
        Assert.Equal(min, condition.Min);
        Assert.Equal(max, condition.Max);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("> 3")]
    [InlineData("< 1")]
    [InlineData("3..2")]
    [InlineData("high")]
    [InlineData("")]
    public void InvalidConditionIsRejected(string text)
    {
        Assert.Null(ScoreCondition.Parse(StudentMetric.Monetary, text, 3));
    }
}
