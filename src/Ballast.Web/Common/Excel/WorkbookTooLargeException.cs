namespace Ballast.Web.Common.Excel;

/// <summary>Thrown when the bytes actually inflated pass the cap, whatever the archive declared.</summary>
internal sealed class WorkbookTooLargeException() : Exception(ArchiveCheck.TooLarge);
