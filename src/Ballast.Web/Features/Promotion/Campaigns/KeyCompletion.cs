namespace Ballast.Web.Features.Promotion;

/// <summary>A credited project's key-project figure for the year: completed investment from the counted monthly reports.</summary>
public sealed record KeyCompletion(int ProjectId, bool Reported, decimal CompletedWan);
