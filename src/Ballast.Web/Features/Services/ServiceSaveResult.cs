using Ballast.Web.Common.Web;

namespace Ballast.Web.Features.Services;

/// <summary>What a save of a building, its entered tax or a service area answered: the record's id, or the
/// refusals by field (localised), or the conflict with the version now stored.</summary>
public sealed record ServiceSaveResult(ServiceSaveOutcome Outcome, int? Id, List<(string Field, string Message)> Errors, VersionConflict? Conflict = null)
{
    public static ServiceSaveResult Saved(int id) => new(ServiceSaveOutcome.Saved, id, []);

    public static ServiceSaveResult Invalid(List<(string Field, string Message)> errors) => new(ServiceSaveOutcome.Invalid, null, errors);

    public static ServiceSaveResult Refused(string field, string message) => new(ServiceSaveOutcome.Forbidden, null, [(field, message)]);

    public static ServiceSaveResult Conflicted(VersionConflict conflict) => new(ServiceSaveOutcome.Conflict, null, [], conflict);

    public static readonly ServiceSaveResult NotFound = new(ServiceSaveOutcome.NotFound, null, []);
}
