using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>
/// Finds the special causes in one baseline's figures (consecutive periods; null where a period has none). A period
/// without a figure ends any run, trend or two-of-three window that would cross it, as a missing value does in
/// NHSRplotthedots. A figure exactly on the mean is on neither side, so it ends a run too.
/// </summary>
internal static class SpcRules
{
    public static (IReadOnlyList<SpcSignal> Signals, IReadOnlyList<SpcPoint> Points) Find(IReadOnlyList<(ReportingPeriod Period, decimal? Value)> figures, XmrLimits limits)
    {
        var n = figures.Count;
        var side = figures.Select(f => f.Value is { } v ? Math.Sign(v - limits.Mean) : 0).ToArray();
        var outside = figures.Select(f => f.Value is { } v && (v > limits.Upper || v < limits.Lower)).ToArray();
        var near = figures.Select((f, i) => f.Value is { } v && !outside[i] && (v > limits.NearUpper || v < limits.NearLower)).ToArray();
        var signals = new List<SpcSignal>();
        var marks = new (SpcRule Rule, int Side)?[n];

        // Marked lowest priority first, so a figure in several signals keeps the highest: limit, trend, two of three, run.
        foreach (var (start, end) in Runs(n, i => side[i] != 0, (a, b) => side[a] == side[b]).Where(r => r.End - r.Start + 1 >= SpcConstants.RunLength))
        {
            Add(SpcRule.RunOnOneSide, side[start], start, end);
        }

        foreach (var (indices, direction) in TwoOfThree(figures, side, near))
        {
            signals.Add(new SpcSignal(SpcRule.TwoOfThreeNearLimit, SideOf(direction), [.. indices.Select(i => figures[i].Period)]));
            foreach (var i in indices)
            {
                marks[i] = (SpcRule.TwoOfThreeNearLimit, direction);
            }
        }

        // A trend is a run of rises (or falls) between consecutive figures; runs of moves are found over the gaps between points.
        var move = new int[Math.Max(0, n - 1)];
        for (var i = 0; i + 1 < n; i++)
        {
            move[i] = figures[i].Value is { } a && figures[i + 1].Value is { } b ? Math.Sign(b - a) : 0;
        }

        foreach (var (start, end) in Runs(move.Length, i => move[i] != 0, (a, b) => move[a] == move[b]).Where(r => r.End - r.Start + 2 >= SpcConstants.TrendLength))
        {
            Add(SpcRule.Trend, move[start], start, end + 1);
        }

        foreach (var (start, end) in Runs(n, i => outside[i], (a, b) => side[a] == side[b]))
        {
            Add(SpcRule.BeyondLimit, side[start], start, end);
        }

        var points = figures.Select((f, i) => marks[i] is { } mark ? new SpcPoint(f.Period, f.Value, mark.Rule, SideOf(mark.Side)) : new SpcPoint(f.Period, f.Value)).ToList();
        return ([.. signals.OrderBy(s => s.Periods[0]).ThenBy(s => s.Rule)], points);

        void Add(SpcRule rule, int direction, int start, int end)
        {
            signals.Add(new SpcSignal(rule, SideOf(direction), [.. Enumerable.Range(start, end - start + 1).Select(i => figures[i].Period)]));
            for (var i = start; i <= end; i++)
            {
                marks[i] = (rule, direction);
            }
        }
    }

    private static SpcSide SideOf(int direction) => direction > 0 ? SpcSide.Higher : SpcSide.Lower;

    // Maximal stretches of consecutive indices that each pass `member` and each match the one before.
    private static IEnumerable<(int Start, int End)> Runs(int count, Func<int, bool> member, Func<int, int, bool> same)
    {
        var start = -1;
        for (var i = 0; i <= count; i++)
        {
            var continues = i < count && member(i) && start >= 0 && same(start, i);
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                yield return (start, i - 1);
            }

            start = i < count && member(i) ? i : -1;
        }
    }

    // Every window of three consecutive figures, all on one side of the mean, with two or more beyond two sigma; the
    // near figures of overlapping windows on the same side form one signal.
    private static IEnumerable<(List<int> Indices, int Side)> TwoOfThree(IReadOnlyList<(ReportingPeriod Period, decimal? Value)> figures, int[] side, bool[] near)
    {
        var flagged = new SortedSet<int>();
        for (var s = 0; s + 2 < figures.Count; s++)
        {
            var window = new[] { s, s + 1, s + 2 };
            if (window.All(i => side[i] != 0 && side[i] == side[s]) && window.Count(i => near[i]) >= 2)
            {
                flagged.UnionWith(window.Where(i => near[i]));
            }
        }

        List<int>? group = null;
        foreach (var i in flagged)
        {
            if (group is not null && (i - group[^1] > 2 || side[i] != side[group[0]]))
            {
                yield return (group, side[group[0]]);
                group = null;
            }

            (group ??= []).Add(i);
        }

        if (group is not null)
        {
            yield return (group, side[group[0]]);
        }
    }
}
