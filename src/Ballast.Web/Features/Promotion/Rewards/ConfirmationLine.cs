namespace Ballast.Web.Features.Promotion;

/// <summary>A unit's line of the joint confirmation, with the unit's name; <see cref="Mine"/> when the reader may answer it.</summary>
public sealed record ConfirmationLine(int UnitId, string Unit, bool? Agreed, string? Note, string? ByUser, DateTimeOffset? At, bool Mine);
