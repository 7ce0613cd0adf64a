namespace ScrutinyReports.Domain.Indicators;

/// <summary>What an indicator's value measures. Rates per 10,000 are per children aged 0 to 17.</summary>
public enum Unit
{
    Count,
    Percent,
    RatePer10000,
    RatePer1000,
    RatePer100000,
    Days,
    Weeks,
    Score,
    Currency,
}
