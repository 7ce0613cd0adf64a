using Microsoft.Azure.Functions.Worker;

namespace ScrutinyReports.Functions.Tests;

/// <summary>What a timer trigger binds when it fires.</summary>
internal static class Timers
{
    public static TimerInfo Firing(bool pastDue = false) => new() { IsPastDue = pastDue, ScheduleStatus = new ScheduleStatus() };
}
