namespace Ballast.Web.Common.Tracking;

/// <summary>Completion against a target and against the year's elapsed time.</summary>
public readonly record struct Progress(decimal? CompletionPercent, decimal TimeProgressPercent, decimal? Gap, Status Status);
