using System.Runtime.InteropServices;

namespace ScrutinyReports.Rendering.Pdf.Fonts;

/// <summary>
/// Cuts a TrueType font down to the characters a document draws, with HarfBuzz's subsetter (hb_subset, exported by
/// the libHarfBuzzSharp native library SkiaSharp and ScottPlot already load; HarfBuzzSharp wraps no subset API).
/// The font is copied into memory the garbage collector never moves: HarfBuzz reads its tables long after the
/// face is made (HarfBuzzSharp's Blob.FromStream pins its array only while the blob is created, and subsets then
/// came out empty under load). The subset keeps each kept glyph's outline and advance width, the character map for the kept characters and the
/// box drawn for a missing one. Thread-safe: each call makes its own subset input and result.
/// </summary>
internal sealed class FontSubsetter : IDisposable
{
    private const string Library = "libHarfBuzzSharp";

    // hb_subset_flags_t: keep the "missing glyph" box (HarfBuzz empties it by default), so a character that is not
    // in the font shows as a box, as it does with the whole font.
    private const uint NotdefOutline = 0x40;

    // hb_memory_mode_t: HarfBuzz reads the bytes where they are and never writes to them.
    private const int ReadOnly = 1;

    private readonly IntPtr data;
    private readonly IntPtr blob;
    private readonly IntPtr face;

    public FontSubsetter(byte[] font)
    {
        ArgumentNullException.ThrowIfNull(font);
        data = Marshal.AllocHGlobal(font.Length);
        Marshal.Copy(font, 0, data, font.Length);
        blob = hb_blob_create(data, (uint)font.Length, ReadOnly, IntPtr.Zero, IntPtr.Zero);
        face = hb_face_create(blob, 0);
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
            var subset = hb_subset_or_fail(face, input);
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
        hb_face_destroy(face);
        hb_blob_destroy(blob);
        Marshal.FreeHGlobal(data);
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
    private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [DllImport(Library)]
    private static extern IntPtr hb_face_create(IntPtr blob, uint index);

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
