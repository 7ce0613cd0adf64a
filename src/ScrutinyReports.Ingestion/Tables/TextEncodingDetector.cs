using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// Tells UTF-8 (with or without a byte-order mark) from Windows-1252, the two encodings officers' CSV exports
/// come in: a file that is not valid UTF-8 throughout is read as Windows-1252 (so "£" and curly quotes survive).
/// </summary>
public static class TextEncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    /// <summary>Scans a seekable stream from its current position and puts the position back.</summary>
    public static Encoding Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        try
        {
            return IsUtf8(stream) ? StrictUtf8 : Windows1252;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static bool IsUtf8(Stream stream)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var carried = 0;
            while (true)
            {
                var read = stream.Read(bytes, carried, (1 << 16) - carried);
                var available = carried + read;
                var final = read == 0;
                var status = Utf8.ToUtf16(bytes.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    return false;
                }

                if (final)
                {
                    return true;
                }

                carried = available - consumed;
                bytes.AsSpan(consumed, carried).CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
