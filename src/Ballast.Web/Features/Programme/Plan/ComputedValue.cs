
namespace Ballast.Web.Features.Programme;

/// <summary>An indicator's value taken from Ballast's own records, with the link to the rows behind
/// it; or, when the module that holds those records is not built yet, the reason there is none.</summary>
public sealed record ComputedValue(decimal? Value, string? Link, string? Unavailable, PlanShare? Plans = null);
