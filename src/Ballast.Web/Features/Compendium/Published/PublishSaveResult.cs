using Ballast.Web.Common.Web;

namespace Ballast.Web.Features.Compendium;

/// <summary>What a save of a published project answered: its id, the refusals by field (localised), or the conflict.</summary>
public sealed record PublishSaveResult(PublishOutcome Outcome, int? Id, List<(string Field, string Message)> Errors, VersionConflict? Conflict = null)
{
    public static PublishSaveResult Saved(int id) => new(PublishOutcome.Saved, id, []);

    public static PublishSaveResult Invalid(List<(string Field, string Message)> errors) => new(PublishOutcome.Invalid, null, errors);

    public static PublishSaveResult Refused(string field, string message) => new(PublishOutcome.Forbidden, null, [(field, message)]);

    public static readonly PublishSaveResult NotFound = new(PublishOutcome.NotFound, null, []);
}
