namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// What writing the portal did. <see cref="PagesWritten"/> counts only pages whose content changed, so a run with
/// nothing new reports 0; <see cref="FilesCopied"/> counts report files copied in and <see cref="FilesDeleted"/> pages
/// and copies removed because their version is no longer included. <see cref="IndexPath"/> is where a person opens it.
/// </summary>
public sealed record PortalSite(int PagesWritten, int FilesCopied, int FilesDeleted, int VersionsIncluded, string IndexPath);
