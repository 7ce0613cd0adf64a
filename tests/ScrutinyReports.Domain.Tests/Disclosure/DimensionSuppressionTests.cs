using ScrutinyReports.Domain.Disclosure;

namespace ScrutinyReports.Domain.Tests.Disclosure;

public class DimensionSuppressionTests
{
    private static readonly DisclosureOptions Options = new() { Threshold = 5 };

    public static TheoryData<string, string, long, string, string> Cases => new()
    {
        // name, cells ("category=count", "-" for not received), total, expected cells (P primary, S secondary, N not available), expected total
        { "one small cell: the next smallest non-zero cell goes too", "White=40 Mixed=3 Black=12 Asian=9 Other=0", 64, "White=40 Mixed=P Black=12 Asian=S Other=0", "64" },
        { "two small cells protect each other", "A=2 B=3 C=20 D=30", 55, "A=P B=P C=20 D=30", "55" },
        { "two small cells of 1 would add up to 2: a third goes", "A=1 B=1 C=20 D=30", 52, "A=P B=P C=S D=30", "52" },
        { "a small cell whose complement is the only other cell", "Boys=3 Girls=25", 28, "Boys=P Girls=S", "28" },
        { "two cells, both small, with a total that is not", "Boys=2 Girls=3", 5, "Boys=P Girls=P", "5" },
        { "two cells, both small, with a small total", "Boys=1 Girls=2", 3, "Boys=P Girls=P", "P" },
        { "zeros are shown and never protect", "A=0 B=4 C=0 D=30", 34, "A=0 B=P C=0 D=S", "34" },
        { "all zero", "A=0 B=0", 0, "A=0 B=0", "0" },
        { "no small cell", "A=0 B=5 C=17", 22, "A=0 B=5 C=17", "22" },
        { "a cell equal to the total, not small", "A=0 B=12 C=0", 12, "A=0 B=12 C=0", "12" },
        { "a small cell equal to the total", "A=0 B=3 C=0", 3, "A=0 B=P C=0", "P" },
        { "small cells of 1 and nothing else to hide: the total goes", "A=1 B=1 C=1 D=1 E=1 F=0", 5, "A=P B=P C=P D=P E=P F=0", "S" },
        { "one small cell and only zeros beside it, total not small", "A=4 B=0", 9, "A=P B=0", "S" },
        { "ties go to the first cell", "A=3 B=8 C=8", 19, "A=P B=S C=8", "19" },
        { "a cell not received protects nothing", "A=3 B=- C=20", 30, "A=P B=N C=S", "30" },
        { "a part of the total held by no cell is taken as known", "A=3 B=20", 30, "A=P B=S", "30" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_SuppressesSoThatNoCellCanBeWorkedOut(string name, string cells, long total, string expectedCells, string expectedTotal)
    {
        var dimension = Cells(cells);

        var safe = DimensionSuppression.Apply(dimension, total, Options);

        Assert.True(expectedCells == Describe(safe), $"{name}: expected {expectedCells}, got {Describe(safe)}");
        Assert.Equal(expectedTotal, safe.TotalProtection switch
        {
            CellProtection.Shown => safe.Total!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CellProtection.Primary => "P",
            _ => "S",
        });
        AssertCannotBeSolvedBack(dimension, total, safe);
    }

    // Random dimensions of 2 to 6 cells, mostly small counts: every published pattern must resist solving back, show
    // no small count and show every zero.
    [Fact]
    public void Apply_NoPublishedPatternCanBeSolvedBack()
    {
        var random = new Random(15);
        for (var run = 0; run < 1000; run++)
        {
            var dimension = Enumerable.Range(0, random.Next(2, 7))
                .Select(i => new DimensionCell($"c{i}", random.Next(4) == 0 ? random.Next(0, 30) : random.Next(0, 6)))
                .ToList();
            var total = dimension.Sum(c => c.Count!.Value) + (random.Next(5) == 0 ? random.Next(1, 10) : 0);

            var safe = DimensionSuppression.Apply(dimension, total, Options);

            AssertCannotBeSolvedBack(dimension, total, safe);
            Assert.All(safe.Cells.Where(c => c.Protection == CellProtection.Shown), c => Assert.False(c.Count is >= 1 and < 5));
            Assert.All(safe.Cells.Zip(dimension).Where(pair => pair.Second.Count == 0), pair => Assert.Equal(CellProtection.Shown, pair.First.Protection));
        }
    }

    [Fact]
    public void Apply_BadInput_IsRefusedWithAClearMessage()
    {
        var over = Assert.Throws<ArgumentException>(() => DimensionSuppression.Apply(Cells("A=10 B=12"), 20, Options));
        Assert.Contains("add up to 22, more than the dimension's total of 20", over.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => DimensionSuppression.Apply(Cells("A=10 a=12"), 30, Options));
        Assert.Contains("\"a\" is given twice", twice.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentException>(() => DimensionSuppression.Apply([new("A", -2)], 30, Options));
        Assert.Contains("\"A\" has a count below zero (-2)", negative.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Plays the reader: from the published total, the cells shown and any part of the total no cell holds (assumed
    /// known), tries each value for each suppressed cell and keeps it when the other suppressed cells, whole numbers
    /// of at least 1 (zeros are always shown), can make up the rest (found by building up the sums they can reach).
    /// Each suppressed cell must be able to take more than one value; with the total suppressed there is no equation
    /// to solve. The true values must be among the solutions, or the checker itself is wrong.
    /// </summary>
    private static void AssertCannotBeSolvedBack(List<DimensionCell> truth, long total, ProtectedDimension safe)
    {
        var hidden = Enumerable.Range(0, truth.Count).Where(i => safe.Cells[i].IsSuppressed).ToList();
        if (safe.Total is not { } publishedTotal || hidden.Count == 0)
        {
            return;
        }

        var remainder = total - truth.Sum(c => c.Count ?? 0);
        var notAvailable = truth.Where((c, i) => safe.Cells[i].Protection == CellProtection.NotAvailable).Sum(c => c.Count ?? 0);
        var hiddenSum = (int)(publishedTotal - safe.Cells.Sum(c => c.Count ?? 0) - remainder - notAvailable);
        foreach (var cell in hidden.Select(i => truth[i]))
        {
            var others = hidden.Count - 1;
            var reachable = new bool[hiddenSum + 1];
            reachable[0] = true;
            for (var o = 0; o < others; o++)
            {
                var next = new bool[hiddenSum + 1];
                for (var sum = 0; sum <= hiddenSum; sum++)
                {
                    for (var value = 1; reachable[sum] && sum + value <= hiddenSum; value++)
                    {
                        next[sum + value] = true;
                    }
                }

                reachable = next;
            }

            var possible = Enumerable.Range(1, Math.Max(0, hiddenSum)).Where(value => reachable[hiddenSum - value]).ToList();
            Assert.Contains((int)cell.Count!.Value, possible);
            Assert.True(possible.Count > 1, $"{cell.Category} can be worked out as {cell.Count} from {Describe(safe)} with total {publishedTotal}");
        }
    }

    private static List<DimensionCell> Cells(string text) =>
        text.Split(' ').Select(part => part.Split('=')).Select(p => new DimensionCell(p[0], p[1] == "-" ? null : long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();

    private static string Describe(ProtectedDimension safe) =>
        string.Join(' ', safe.Cells.Select(c => $"{c.Category}={c.Protection switch
        {
            CellProtection.Shown => c.Count!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CellProtection.Primary => "P",
            CellProtection.Secondary => "S",
            _ => "N",
        }}"));
}
