using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ScrutinyReports.Testing;

/// <summary>The shared string table being built: each distinct string once, in first-use order.</summary>
internal sealed class XlsxSharedStrings
{
    private readonly Dictionary<string, int> _plain = [];
    private readonly List<SharedStringItem> _items = [];

    public bool IsEmpty => _items.Count == 0;

    public int IndexOf(string text)
    {
        if (!_plain.TryGetValue(text, out var index))
        {
            index = Add(new SharedStringItem(Preserved(text)));
            _plain[text] = index;
        }

        return index;
    }

    public int IndexOfRich(IReadOnlyList<string> runs) =>
        Add(new SharedStringItem(runs.Select((run, i) => new Run(
            new RunProperties(new Bold { Val = i % 2 == 0 }),
            Preserved(run)))));

    public SharedStringTable ToTable() =>
        new(_items.Select(item => (SharedStringItem)item.CloneNode(true)))
        {
            Count = (uint)_items.Count,
            UniqueCount = (uint)_items.Count,
        };

    private int Add(SharedStringItem item)
    {
        _items.Add(item);
        return _items.Count - 1;
    }

    private static Text Preserved(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };
}
