using SkiaSharp;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>The regular and bold typefaces one document is drawn with.</summary>
internal sealed class PdfFaces(SKTypeface regular, SKTypeface bold, bool owned) : IDisposable
{
    public SKTypeface Regular { get; } = regular;

    public SKTypeface Bold { get; } = bold;

    public void Dispose()
    {
        if (owned)
        {
            Regular.Dispose();
            Bold.Dispose();
        }
    }
}
