using System.Globalization;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>A file's size as a link shows it: "820 bytes", "312 KB", "1.4 MB" (1 KB = 1,024 bytes).</summary>
internal static class FileSizeText
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 512) / 1024)} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.0} MB"),
    };
}
