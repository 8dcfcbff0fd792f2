namespace Ballast.Web.Features.Chains;

/// <summary>A record shown by name, linked by id.</summary>
public sealed record Named(int Id, string Name);
