using ScrutinyReports.Ingestion.Comparators;

namespace ScrutinyReports.Ingestion.Tests.Comparators;

public class PublishedValueTests
{
    [Theory]
    [InlineData("c", PublishedValueKind.Suppressed)]
    [InlineData("x", PublishedValueKind.NotAvailable)]
    [InlineData("z", PublishedValueKind.NotApplicable)]
    [InlineData("Z", PublishedValueKind.NotApplicable)]
    [InlineData("u", PublishedValueKind.LowReliability)]
    [InlineData("low", PublishedValueKind.RoundsToZero)]
    [InlineData("k", PublishedValueKind.LessThanHalf)]
    [InlineData("[c]", PublishedValueKind.Suppressed)]
    [InlineData(" x ", PublishedValueKind.NotAvailable)]
    public void Parse_Code_IsAStateNotANumber(string text, PublishedValueKind kind)
    {
        var value = PublishedValue.Parse(text).Value;

        Assert.Equal(kind, value.Kind);
        Assert.Null(value.Number);
        Assert.False(value.HasNumber);
    }

    [Theory]
    [InlineData("22.6", "22.6")]
    [InlineData("0", "0")]
    [InlineData("12183016", "12183016")]
    [InlineData("-1.5", "-1.5")]
    public void Parse_Number_KeepsItExactly(string text, string expected)
    {
        var value = PublishedValue.Parse(text).Value;

        Assert.Equal(PublishedValueKind.Number, value.Kind);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(expected, value.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,283")]
    [InlineData("n/a")]
    [InlineData("22.6%")]
    public void Parse_Other_Fails(string text) => Assert.False(PublishedValue.Parse(text).Success);

    [Fact]
    public void Coded_Number_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedValue.Coded(PublishedValueKind.Number));
}
