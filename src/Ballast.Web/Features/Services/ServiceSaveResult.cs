using Ballast.Web.Common.Web;

namespace Ballast.Web.Features.Services;

/// <summary>What a save of a building, its entered tax or a service area answered: the record's id, or the
/// refusals by field (localised), or the conflict with the version now stored.</summary>
public sealed record ServiceSaveResult(ServiceSaveOutcome Outcome, int? Id, List<(string Field, string Message)> Errors, VersionConflict? Conflict = null)
{
    /// <summary>What a successful save did, for the page to say (a firm moved in from another building).</summary>
    public string? Note { get; init; }

    /// <summary>The building a placed firm left, when it was in another one.</summary>
    public string? MovedFrom { get; init; }

    public static ServiceSaveResult Saved(int id) => new(ServiceSaveOutcome.Saved, id, []);

    public static ServiceSaveResult Invalid(List<(string Field, string Message)> errors) => new(ServiceSaveOutcome.Invalid, null, errors);

    public static ServiceSaveResult Refused(string field, string message) => new(ServiceSaveOutcome.Forbidden, null, [(field, message)]);

    public static ServiceSaveResult Conflicted(VersionConflict conflict) => new(ServiceSaveOutcome.Conflict, null, [], conflict);

    public static readonly ServiceSaveResult NotFound = new(ServiceSaveOutcome.NotFound, null, []);
}
