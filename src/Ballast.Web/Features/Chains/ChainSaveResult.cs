using Ballast.Web.Common.Web;

namespace Ballast.Web.Features.Chains;

/// <summary>What a save of a chain's record came to: the id saved, or the refusals by field, or the conflict.</summary>
public sealed record ChainSaveResult(ChainSaveOutcome Outcome, int? Id = null, IReadOnlyList<(string Field, string Message)>? Errors = null,
    VersionConflict? Conflict = null)
{
    public static readonly ChainSaveResult NotFound = new(ChainSaveOutcome.NotFound);
    public static readonly ChainSaveResult Forbidden = new(ChainSaveOutcome.Forbidden);

    public static ChainSaveResult Invalid(IReadOnlyList<(string Field, string Message)> errors) => new(ChainSaveOutcome.Invalid, Errors: errors);
}
