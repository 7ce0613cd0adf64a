using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace ScrutinyReports.Rendering.Pdf.Fonts;

/// <summary>
/// Cuts a TrueType font down to the characters a document draws, with HarfBuzz's subsetter (hb_subset, exported by
/// the libHarfBuzzSharp native library SkiaSharp and ScottPlot already load; HarfBuzzSharp wraps no subset API).
/// The subset keeps each kept glyph's outline and advance width, the character map for the kept characters and the
/// box drawn for a missing one. Thread-safe: each call makes its own subset input and result.
/// </summary>
internal sealed class FontSubsetter : IDisposable
{
    private const string Library = "libHarfBuzzSharp";

    // hb_subset_flags_t: keep the "missing glyph" box (HarfBuzz empties it by default), so a character that is not
    // in the font shows as a box, as it does with the whole font.
    private const uint NotdefOutline = 0x40;

    private readonly Blob blob;
    private readonly Face face;

    public FontSubsetter(byte[] font)
    {
        ArgumentNullException.ThrowIfNull(font);
        using var stream = new MemoryStream(font, writable: false);
        blob = Blob.FromStream(stream);
        blob.MakeImmutable();
        face = new Face(blob, 0);
    }

    /// <summary>The font with only the glyphs for <paramref name="codepoints"/> (and the missing-glyph box).</summary>
    /// <exception cref="InvalidOperationException">HarfBuzz could not subset the font.</exception>
    public byte[] Subset(IEnumerable<int> codepoints)
    {
        ArgumentNullException.ThrowIfNull(codepoints);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not start a font subset.");
        }

        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(unicodes, (uint)codepoint);
            }

            hb_subset_input_set_flags(input, NotdefOutline);
            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not subset the font.");
            }

            try
            {
                return Bytes(subset);
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    public void Dispose()
    {
        face.Dispose();
        blob.Dispose();
    }

    private static byte[] Bytes(IntPtr subsetFace)
    {
        var result = hb_face_reference_blob(subsetFace);
        try
        {
            var data = hb_blob_get_data(result, out var length);
            if (data == IntPtr.Zero || length == 0)
            {
                throw new InvalidOperationException("HarfBuzz returned an empty font subset.");
            }

            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            hb_blob_destroy(result);
        }
    }

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);
}
