using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Projects;

/// <summary>One key project's figures for a month, as a user saves them. <see cref="Version"/> is the
/// report's version as the user read it, or -1 when they saw no report yet, so that a save made
/// from an older read is refused (409, with what differs) instead of overwriting someone else's;
/// null saves without that check (imports, which are keyed by the file).</summary>
public sealed record ReportEntry(int KeyProjectId, [property: Display(Name = "本月完成（万元）")] decimal? Completed,
    [property: Display(Name = "形象进度")] string? PhysicalProgress, bool StartedThisMonth, bool CompletedThisMonth, int? Version = null);
