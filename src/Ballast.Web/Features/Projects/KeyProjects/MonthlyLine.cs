
namespace Ballast.Web.Features.Projects;

/// <summary>A month's report with the year-to-date of counted reports through it (drafts and
/// returned reports are not counted, so they add nothing).</summary>
public sealed record MonthlyLine(int Month, decimal CompletedWan, decimal YtdWan, ReportState State, bool Counted, bool Late,
    string? PhysicalProgress, bool StartedThisMonth, bool CompletedThisMonth);
