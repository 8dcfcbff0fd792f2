namespace Ballast.Web.Features.Programme;

/// <summary>How the acting user stands to one item: the programme office (issues, closes, chases,
/// decides extensions) and the unit it is assigned to, or one above it (acknowledges, reports,
/// asks for more time).</summary>
public readonly record struct SupervisionActor(bool IsOffice, bool IsAssignee);
