using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Projects;

public sealed record ReportEntry(int KeyProjectId, [property: Display(Name = "本月完成（万元）")] decimal? Completed,
    [property: Display(Name = "形象进度")] string? PhysicalProgress, bool StartedThisMonth, bool CompletedThisMonth);
