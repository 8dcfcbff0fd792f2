using Ballast.Web.Common.Web;

namespace Ballast.Web.Features.Parks;

/// <summary>What a save of a park or one of its records answered: the record's id, or the refusals by field
/// (localisation keys), or the conflict with the version now stored.</summary>
public sealed record ParkSaveResult(ParkSaveOutcome Outcome, int? Id, List<(string Field, string Message)> Errors, VersionConflict? Conflict = null)
{
    /// <summary>What a successful save did, for the page to say.</summary>
    public string? Note { get; init; }

    public static ParkSaveResult Saved(int id) => new(ParkSaveOutcome.Saved, id, []);

    public static ParkSaveResult Invalid(List<(string Field, string Message)> errors) => new(ParkSaveOutcome.Invalid, null, errors);

    public static ParkSaveResult Invalid(string field, string message) => new(ParkSaveOutcome.Invalid, null, [(field, message)]);

    public static ParkSaveResult Refused(string field, string message) => new(ParkSaveOutcome.Forbidden, null, [(field, message)]);

    public static ParkSaveResult Conflicted(VersionConflict conflict) => new(ParkSaveOutcome.Conflict, null, [], conflict);

    public static readonly ParkSaveResult NotFound = new(ParkSaveOutcome.NotFound, null, []);

    public static async Task<ParkSaveResult> SavedOrConflictAsync(Microsoft.EntityFrameworkCore.DbContext db, Func<int> id) =>
        await db.SaveOrConflictAsync() is { } conflict ? Conflicted(conflict) : Saved(id());
}
