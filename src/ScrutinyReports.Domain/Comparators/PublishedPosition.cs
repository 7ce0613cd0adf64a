using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Comparators;

/// <summary>The council's own published figure's place among all authorities for a period: LAIT's quartile band and a rank.</summary>
public sealed record PublishedPosition(string IndicatorId, ReportingPeriod Period, QuartileBand Band, int Rank, int Count, string Label);
