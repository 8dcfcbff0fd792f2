
namespace Ballast.Web.Features.Programme;

/// <summary>A unit's figures for one indicator. <see cref="UnitId"/> names the reporting unit when
/// the user answers for several (or the office reports for one); <see cref="Version"/>, when given,
/// refuses the save if someone changed the submission since it was read.</summary>
public sealed record SubmissionEntry(int IndicatorId, decimal? Value, bool? Done, string? Narrative, int? UnitId = null, int? Version = null);
