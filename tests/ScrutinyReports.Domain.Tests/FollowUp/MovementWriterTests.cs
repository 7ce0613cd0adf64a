using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using static ScrutinyReports.Domain.Tests.Build;
using static ScrutinyReports.Domain.Tests.FollowUp.FollowUpBuild;

namespace ScrutinyReports.Domain.Tests.FollowUp;

public class MovementWriterTests
{
    private static readonly Indicator ReReferrals =
        Indicator("Re-referrals within 12 months", polarity: Polarity.LowerIsBetter, target: "<=22", tolerance: 3);

    [Fact]
    public void A_fall_in_a_lower_is_better_percentage_since_an_action_was_agreed_is_an_improvement_in_points()
    {
        // Agreed at the March 2019 meeting: the last figure it could have seen is February's, 26.1%. Now 24.6%:
        // 26.1 - 24.6 = 1.5 points lower, and 24.6 - 22 = 2.6 points above the ceiling.
        var analysis = IndicatorAnalyser.Analyse(ReReferrals, Month("2019-09"),
            Series(Figure("2019-02", 26.1m), Figure("2019-03", 27.0m), Figure("2019-08", 23.1m), Figure("2019-09", 24.6m)));

        var movement = MovementWriter.Describe(Item(raised: "2019-03-14"), analysis);

        Assert.Equal(
            "Since this action was agreed in March 2019, the figure for re-referrals within 12 months has improved from 26.1% in February 2019 " +
            "to 24.6% in September 2019, a fall of 1.5 percentage points; it is 2.6 percentage points above the target of no more than 22%.",
            movement.Sentence);
        Assert.Equal(26.1m, movement.FromValue);
        Assert.Equal(24.6m, movement.ToValue);
        Assert.Equal(-1.5m, movement.Change);
        Assert.Equal(Direction.Improved, movement.Direction);
        Assert.Equal(Month("2019-02"), movement.FromPeriod);
    }

    [Fact]
    public void A_neutral_count_only_rises_with_its_relative_change_and_a_question_was_asked()
    {
        // 412 -> 437: a rise of 25, or 25 / 412 = 6.07%, shown as 6.1%.
        var contacts = Indicator("Contacts received by the MASH", Unit.Count, Polarity.Neutral, decimals: 0);
        var analysis = IndicatorAnalyser.Analyse(contacts, Month("2019-09"), Series(Figure("2019-06", 412m), Figure("2019-09", 437m)));

        var movement = MovementWriter.Describe(Item(kind: FollowUpKind.Question, raised: "2019-07-17"), analysis);

        Assert.Equal(
            "Since this question was asked in July 2019, the figure for contacts received by the MASH has risen from 412 in June 2019 to 437 in September 2019, a rise of 25, or 6.1%.",
            movement.Sentence);
    }

    [Fact]
    public void A_quarterly_indicator_starts_from_the_last_quarter_ended_before_the_meeting_month_and_meets_its_floor()
    {
        // Raised in August 2019: the last quarter ended by July is Q1 2019/20 (April to June). 68.0 -> 81.5 meets >= 80.
        var indicator = Indicator("Early help cases closed with improved outcomes", target: ">=80", frequency: Frequency.Quarterly);
        var analysis = IndicatorAnalyser.Analyse(indicator, Month("2019-12"),
            Series(Figure("Q1 2019/20", 68.0m, frequency: Frequency.Quarterly), Figure("Q3 2019/20", 81.5m, frequency: Frequency.Quarterly)));

        var movement = MovementWriter.Describe(Item(kind: FollowUpKind.Recommendation, raised: "2019-08-01"), analysis);

        Assert.StartsWith("Since this recommendation was made in August 2019, the figure for early help cases closed with improved outcomes has improved from 68.0% in ", movement.Sentence);
        Assert.EndsWith(", a rise of 13.5 percentage points; it meets the target of at least 80%.", movement.Sentence);
    }

    [Fact]
    public void A_suppressed_earlier_figure_is_said_to_be_so_and_gives_no_change()
    {
        var analysis = IndicatorAnalyser.Analyse(ReReferrals, Month("2019-09"),
            Series(Figure("2019-02", null, ObservationStatus.Suppressed), Figure("2019-09", 24.6m)));

        var movement = MovementWriter.Describe(Item(raised: "2019-03-14"), analysis);

        Assert.Equal(
            "Since this action was agreed in March 2019, no comparison can be made: the February 2019 figure for re-referrals within 12 months is suppressed because it rests on small numbers.",
            movement.Sentence);
        Assert.Null(movement.Change);
        Assert.Equal(24.6m, movement.ToValue);
    }

    [Fact]
    public void A_missing_current_figure_is_said_to_be_missing()
    {
        var analysis = IndicatorAnalyser.Analyse(ReReferrals, Month("2019-09"), Series(Figure("2019-02", 26.1m)));

        var movement = MovementWriter.Describe(Item(raised: "2019-03-14"), analysis);

        Assert.Equal(
            "Since this action was agreed in March 2019, no comparison can be made: no figure for re-referrals within 12 months was received for September 2019.",
            movement.Sentence);
    }

    [Fact]
    public void An_item_raised_after_the_latest_figure_has_no_movement_yet()
    {
        var analysis = IndicatorAnalyser.Analyse(ReReferrals, Month("2019-09"), Series(Figure("2019-09", 24.6m)));

        var movement = MovementWriter.Describe(Item(raised: "2019-10-23"), analysis);

        Assert.Equal(
            "No figure for re-referrals within 12 months for a later period than September 2019 has been received since this action was agreed in October 2019; the latest, for September 2019, is 24.6%.",
            movement.Sentence);
        Assert.Null(movement.Change);
    }

    [Fact]
    public void An_item_older_than_the_figures_the_report_holds_says_so_rather_than_that_nothing_was_received()
    {
        var analysis = IndicatorAnalyser.Analyse(ReReferrals, Month("2019-09"), Series(Figure("2018-09", 30m), Figure("2019-09", 24.6m)));

        var movement = MovementWriter.Describe(Item(raised: "2018-03-14"), analysis);

        Assert.Equal(
            "Since this action was agreed in March 2018, no comparison can be made: the report holds no figure for re-referrals within 12 months as early as February 2018.",
            movement.Sentence);
    }
}
