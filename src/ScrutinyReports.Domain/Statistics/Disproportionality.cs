namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// Compares each group's share of a cohort (children looked after, on a plan) with its share of the child
/// population: the disproportionality ratio with a 95% confidence interval. Pure and thread-safe.
/// </summary>
public static class Disproportionality
{
    /// <summary>
    /// For each group: cohort share s = count / cohort total, population share q = population / total population,
    /// ratio R = s / q. The 95% interval is the Wilson score interval of the cohort share (<see
    /// cref="ProportionInterval.Wilson"/>: count out of the cohort total) divided by q. The population is taken as
    /// known exactly, as Fingertips does for denominators, and the cohort total as given, so a group's count is
    /// binomial within it; that is why the interval is Wilson's on the share rather than a ratio of two independent
    /// rates (the group is part of the whole it is compared with). It stays sensible for a group with no children
    /// in the cohort. Totals are the sums over the groups given: leave out a group with no population base (such as
    /// "not recorded") and report it apart. Groups come back in the order given.
    /// </summary>
    public static IReadOnlyList<GroupDisproportionality> Compare(IEnumerable<PopulationGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var all = groups.ToList();
        Check(all);
        var cohort = all.Sum(group => group.Count);
        var population = all.Sum(group => group.Population);
        return all.Select(group =>
        {
            var populationShare = (double)group.Population / population;
            var share = ProportionInterval.Wilson(group.Count, cohort);
            var ratio = ((double)group.Count / cohort) / populationShare;
            var interval = new ConfidenceInterval(share.Lower / 100 / populationShare, share.Upper / 100 / populationShare, IntervalMethod.WilsonShareRatio);
            var representation = interval.Lower > 1 ? Representation.Over : interval.Upper < 1 ? Representation.Under : Representation.InLine;
            return new GroupDisproportionality(
                group.Name, group.Count, group.Population, (double)group.Count / cohort * 100, populationShare * 100, ratio, interval, representation);
        }).ToList();
    }

    private static void Check(List<PopulationGroup> groups)
    {
        if (groups.Count == 0)
        {
            throw new ArgumentException("Disproportionality needs at least one group.", nameof(groups));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(groups));
            ArgumentException.ThrowIfNullOrWhiteSpace(group.Name, nameof(groups));
            if (!names.Add(group.Name))
            {
                throw new ArgumentException($"The group \"{group.Name}\" is given twice.", nameof(groups));
            }

            if (group.Count < 0)
            {
                throw new ArgumentException($"The group \"{group.Name}\" has a count below zero ({group.Count}).", nameof(groups));
            }

            if (group.Population <= 0)
            {
                throw new ArgumentException(
                    $"The group \"{group.Name}\" has no population ({group.Population}), so it has no share of the population to compare with; leave it out and report it apart.",
                    nameof(groups));
            }
        }

        if (groups.Sum(group => group.Count) == 0)
        {
            throw new ArgumentException("The cohort has no children in any group, so no group has a share of it to compare.", nameof(groups));
        }
    }
}
