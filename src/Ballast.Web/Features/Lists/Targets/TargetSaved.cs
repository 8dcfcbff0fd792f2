namespace Ballast.Web.Features.Lists;

/// <summary>A target added, or the refusals by field, or a refusal of scope.</summary>
public sealed record TargetSaved(AttractionTarget? Target, IReadOnlyList<(string Field, string Message)> Errors, bool Forbidden);
