namespace Ballast.Web.Features.Parks;

/// <summary>The outcome of parsing a formula: the formula, or the 1-based character position and the reason it fails.</summary>
public sealed record FormulaParse(Formula? Formula, int Position, string? Error, string? Detail = null)
{
    public bool Ok => Formula is not null;
}
