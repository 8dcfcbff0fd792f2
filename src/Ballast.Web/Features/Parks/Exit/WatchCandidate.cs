namespace Ballast.Web.Features.Parks;

/// <summary>A firm that qualifies for the watch list, and why: the years graded D, or the commitment not kept.</summary>
/// <param name="Year">The year the cause was found: the last D of the streak, or the breach's year.</param>
/// <param name="EntryId">The watch entry already made for this firm, cause and year, if any.</param>
public sealed record WatchCandidate(int EnterpriseId, string FirmName, int OwnerUnitId, WatchReason Reason, int Year, string Detail, int? EntryId);
