using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Notifications.Messages;

namespace ScrutinyReports.Pipeline.Tests.Notifications;

public class MessageDocumentTests
{
    private static MessageDocument Sample() => new MessageDocument("Accepted: <sept>.csv & more")
        .Paragraph("Your file was accepted.")
        .Heading("Warnings")
        .List(["Rate & count disagree", "Jump of 40%"])
        .Table("Figures per indicator", ["Indicator", "Figures"], [["Children looked after", "12"], ["Re-referrals", "3"]])
        .Link("Read the report", "https://reports.council.example/cypf/2019-09/index.html?a=1&b=2");

    [Fact]
    public void ToText_CarriesEveryBlockInReadingOrder()
    {
        var text = Sample().ToText();

        Assert.Equal("""
            Accepted: <sept>.csv & more
            ===========================

            Your file was accepted.

            Warnings
            --------

            - Rate & count disagree
            - Jump of 40%

            Figures per indicator:
            - Children looked after; Figures: 12
            - Re-referrals; Figures: 3

            Read the report: https://reports.council.example/cypf/2019-09/index.html?a=1&b=2

            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void ToHtml_IsAnEncodedAccessibleDocumentWithTheSameContent()
    {
        var html = Sample().ToHtml();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Accepted: &lt;sept&gt;.csv &amp; more</title>", html, StringComparison.Ordinal);
        Assert.Contains(">Accepted: &lt;sept&gt;.csv &amp; more</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Warnings</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Rate &amp; count disagree</li>", html, StringComparison.Ordinal);
        Assert.Contains(">Figures per indicator</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\"", html, StringComparison.Ordinal);
        // Every table's cells break only words too long for the line, so "October 2019" never becomes "Octobe-r 2019" on a phone.
        Assert.Contains("<th scope=\"row\" style=\"text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #b1b4b6;overflow-wrap:break-word;\">Children looked after</th>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://reports.council.example/cypf/2019-09/index.html?a=1&amp;b=2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<sept>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void To_MakesOneMessageForOneRecipientWithBothParts()
    {
        var message = Sample().To(new Recipient("chair@council.example", "Cllr Ada"), "report:cypf/2019-09/v1|chair@council.example");

        Assert.Equal("Accepted: <sept>.csv & more", message.Subject);
        Assert.Equal("chair@council.example", message.To.Email);
        Assert.Contains("Rate & count disagree", message.Text, StringComparison.Ordinal);
        Assert.Contains("Rate &amp; count disagree", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_AWideTable_StacksOnAPhoneWithEachCellLabelled_ANarrowOneStaysAsItIs()
    {
        var narrow = Sample().ToHtml();
        var wide = new MessageDocument("Overdue")
            .Table("Overdue follow-up items", ["Reference", "Item", "Lead", "Due & status"], [["A1", "Action: audit", "Head of Service", "30 September 2019"]])
            .ToHtml();

        Assert.DoesNotContain("class=\"stack\"", narrow, StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", narrow, StringComparison.Ordinal);
        Assert.Contains("<table class=\"stack\"", wide, StringComparison.Ordinal);
        Assert.Contains("@media (max-width: 40rem)", wide[..wide.IndexOf("</head>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Due &amp; status\" style=\"text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #b1b4b6;overflow-wrap:break-word;\">30 September 2019</td>", wide, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\"", wide, StringComparison.Ordinal);
    }
}
