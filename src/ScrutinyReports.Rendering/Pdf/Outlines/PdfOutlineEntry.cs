namespace ScrutinyReports.Rendering.Pdf.Outlines;

/// <summary>
/// One bookmark: its title, the named destination (drawn by the page where the heading is) it opens at, and its
/// depth (0 for a numbered section, 1 beneath it, and so on; each level at most one deeper than the entry before).
/// </summary>
public sealed record PdfOutlineEntry(string Title, string Anchor, int Level);
