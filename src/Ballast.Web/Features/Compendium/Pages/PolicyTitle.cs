namespace Ballast.Web.Features.Compendium;

/// <summary>A policy named by its title, for links and choice lists.</summary>
public sealed record PolicyTitle(int Id, string Title);
