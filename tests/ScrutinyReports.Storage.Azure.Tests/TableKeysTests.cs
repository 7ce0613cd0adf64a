namespace ScrutinyReports.Storage.Azure.Tests;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Team 01", "Team 01")]
    [InlineData("sha256:ab", "sha256:ab")]
    [InlineData("a|b", "a~007Cb")]
    [InlineData("N/E #1?", "N~002FE ~00231~003F")]
    [InlineData("~", "~007E")]
    [InlineData("50% 'x'", "50~0025 ~0027x~0027")]
    public void EscapePart_KeepsPlainTextAndEscapesTheRest(string text, string expected) => Assert.Equal(expected, TableKeys.EscapePart(text));

    [Theory]
    [InlineData("")]
    [InlineData("Team 01")]
    [InlineData("a|b")]
    [InlineData("N/E #1?")]
    [InlineData("~")]
    [InlineData("~0041")]
    [InlineData("Zoë's team \\ 50%")]
    public void UnescapePart_GivesBackWhatWasEscaped(string text) => Assert.Equal(text, TableKeys.UnescapePart(TableKeys.EscapePart(text)));

    [Fact]
    public void EscapedParts_NeverContainTheSeparator_SoPrefixesSelectExactlyOnePart() =>
        Assert.DoesNotContain(TableKeys.Separator, TableKeys.EscapePart("a|b|c"));

    [Fact]
    public void UploadOrderText_SortsAsTheOrderDoes()
    {
        var orders = new[] { new UploadOrder(5, long.MinValue), new UploadOrder(5, -1), new UploadOrder(5, 0), new UploadOrder(5, long.MaxValue), new UploadOrder(6, long.MinValue) };

        Assert.Equal(orders.Select(o => o.KeyText), orders.Select(o => o.KeyText).Order(StringComparer.Ordinal));
    }
}
