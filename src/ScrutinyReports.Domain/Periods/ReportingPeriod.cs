namespace ScrutinyReports.Domain.Periods;

/// <summary>
/// A month, a financial quarter or a financial year (April to March), immutable and checked when built.
/// Quarter 1 is April to June; financial year 2019/20 runs from 1 April 2019 to 31 March 2020.
/// Periods of different frequencies never compare equal.
/// </summary>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private const int MinYear = 1900;
    private const int MaxYear = 2199;

    // Monthly: year * 12 + (month - 1). Quarterly: financial-year start * 4 + (quarter - 1). Annual: financial-year start.
    private readonly int ordinal;

    private ReportingPeriod(Frequency frequency, int ordinal)
    {
        Frequency = frequency;
        this.ordinal = ordinal;
    }

    public Frequency Frequency { get; }

    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(Frequency.Monthly, (year * 12) + month - 1);
    }

    public static ReportingPeriod Quarter(int financialYearStart, int quarter)
    {
        CheckYear(financialYearStart);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(Frequency.Quarterly, (financialYearStart * 4) + quarter - 1);
    }

    public static ReportingPeriod FinancialYear(int startYear)
    {
        CheckYear(startYear);
        return new(Frequency.Annual, startYear);
    }

    /// <summary>The period of the given frequency that contains the date.</summary>
    public static ReportingPeriod Containing(DateOnly date, Frequency frequency)
    {
        var financialYear = date.Month >= 4 ? date.Year : date.Year - 1;
        return frequency switch
        {
            Frequency.Monthly => Month(date.Year, date.Month),
            Frequency.Quarterly => Quarter(financialYear, (((date.Month + 8) % 12) / 3) + 1),
            _ => FinancialYear(financialYear),
        };
    }

    /// <summary>
    /// The latest period of the given frequency that has ended by the end of <paramref name="month"/>:
    /// a September 2019 report shows quarter 2 of 2019/20 and the financial year 2018/19.
    /// </summary>
    public static ReportingPeriod LatestEndedBy(ReportingPeriod month, Frequency frequency)
    {
        if (month.Frequency != Frequency.Monthly)
        {
            throw new ArgumentException("A report is made for a month.", nameof(month));
        }

        var candidate = Containing(month.End, frequency);
        return candidate.End <= month.End ? candidate : candidate.Previous;
    }

    /// <summary>Calendar year of a month; the first calendar year of a quarter's or year's financial year.</summary>
    public int Year => Frequency switch
    {
        Frequency.Monthly => ordinal / 12,
        Frequency.Quarterly => ordinal / 4,
        _ => ordinal,
    };

    /// <summary>1 to 12 for a month, 1 to 4 for a quarter, 0 for a year.</summary>
    public int Index => Frequency switch
    {
        Frequency.Monthly => (ordinal % 12) + 1,
        Frequency.Quarterly => (ordinal % 4) + 1,
        _ => 0,
    };

    public DateOnly Start => Frequency switch
    {
        Frequency.Monthly => new DateOnly(Year, Index, 1),
        Frequency.Quarterly => new DateOnly(Year, 4, 1).AddMonths((Index - 1) * 3),
        _ => new DateOnly(Year, 4, 1),
    };

    /// <summary>The last day of the period, inclusive.</summary>
    public DateOnly End => Frequency switch
    {
        Frequency.Monthly => Start.AddMonths(1).AddDays(-1),
        Frequency.Quarterly => Start.AddMonths(3).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };

    public ReportingPeriod Previous => Plus(-1);

    /// <summary>The same period one year earlier: 12 months, 4 quarters or 1 year back.</summary>
    public ReportingPeriod YearEarlier => Plus(Frequency switch
    {
        Frequency.Monthly => -12,
        Frequency.Quarterly => -4,
        _ => -1,
    });

    /// <summary>Periods per year at this frequency.</summary>
    public int PerYear => Frequency switch
    {
        Frequency.Monthly => 12,
        Frequency.Quarterly => 4,
        _ => 1,
    };

    /// <summary>The canonical code stored and written to report.json: "2019-09", "2019/20 Q2" or "2019/20".</summary>
    public string Code => Frequency switch
    {
        Frequency.Monthly => $"{Year:D4}-{Index:D2}",
        Frequency.Quarterly => $"{FinancialYearText(Year)} Q{Index}",
        _ => FinancialYearText(Year),
    };

    /// <summary>How a reader names the period in a sentence: "September 2019", "Q2 2019/20 (July to September 2019)", "2019/20".</summary>
    public string Label => Frequency switch
    {
        Frequency.Monthly => $"{MonthNames.FullName(Index)} {Year}",
        Frequency.Quarterly => $"Q{Index} {FinancialYearText(Year)} ({MonthNames.FullName(Start.Month)} to {MonthNames.FullName(End.Month)} {End.Year})",
        _ => FinancialYearText(Year),
    };

    /// <summary>A compact label for table headings: "Sep 2019", "Q2 2019/20", "2019/20".</summary>
    public string ShortLabel => Frequency switch
    {
        Frequency.Monthly => $"{MonthNames.ShortName(Index)} {Year}",
        Frequency.Quarterly => $"Q{Index} {FinancialYearText(Year)}",
        _ => FinancialYearText(Year),
    };

    public ReportingPeriod Plus(int periods) => new(Frequency, checked(ordinal + periods));

    /// <summary>How many periods <paramref name="other"/> lies after this one (negative when before).</summary>
    public int PeriodsUntil(ReportingPeriod other)
    {
        RequireSameFrequency(other);
        return other.ordinal - ordinal;
    }

    public bool Equals(ReportingPeriod other) => Frequency == other.Frequency && ordinal == other.ordinal;

    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Frequency, ordinal);

    /// <summary>Orders periods of one frequency in time; periods of different frequencies are ordered by frequency.</summary>
    public int CompareTo(ReportingPeriod other) =>
        Frequency != other.Frequency ? Frequency.CompareTo(other.Frequency) : ordinal.CompareTo(other.ordinal);

    public override string ToString() => Code;

    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    internal static string FinancialYearText(int startYear) => $"{startYear:D4}/{(startYear + 1) % 100:D2}";

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
    }

    private void RequireSameFrequency(ReportingPeriod other)
    {
        if (other.Frequency != Frequency)
        {
            throw new ArgumentException($"Cannot compare a {Frequency} period with a {other.Frequency} one.", nameof(other));
        }
    }
}
