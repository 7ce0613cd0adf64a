using System.Globalization;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Where an upload stands in upload order: its received time in ticks, then its 64-bit key. The local store orders
/// uploads by the same two numbers, so both stores pick the same current figure.
/// </summary>
internal readonly record struct UploadOrder(long Ticks, long Key) : IComparable<UploadOrder>
{
    public static UploadOrder Of(UploadRecord upload) => new(upload.ReceivedAt.UtcTicks, UploadKeys.Of(upload.Id));

    /// <summary>Fixed-width text that sorts as the order does: "{ticks:D19}|{key as 16 hex digits, sign bit flipped}".</summary>
    public string KeyText =>
        string.Create(CultureInfo.InvariantCulture, $"{Ticks:D19}{TableKeys.Separator}{unchecked((ulong)Key ^ 0x8000_0000_0000_0000UL):X16}");

    public int CompareTo(UploadOrder other) => Ticks != other.Ticks ? Ticks.CompareTo(other.Ticks) : Key.CompareTo(other.Key);

    public static bool operator <(UploadOrder left, UploadOrder right) => left.CompareTo(right) < 0;

    public static bool operator >(UploadOrder left, UploadOrder right) => left.CompareTo(right) > 0;

    public static bool operator <=(UploadOrder left, UploadOrder right) => left.CompareTo(right) <= 0;

    public static bool operator >=(UploadOrder left, UploadOrder right) => left.CompareTo(right) >= 0;
}
