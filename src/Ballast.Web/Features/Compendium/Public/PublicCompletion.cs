namespace Ballast.Web.Features.Compendium;

/// <summary>A published project's completed investment this year against the year's plan, from the monthly
/// reports that count (drafts and returned reports do not). <see cref="Month"/> is the latest month the city
/// opened; when the project has no counted report for it, the month is shown as not reported (未报), never as zero.</summary>
public sealed record PublicCompletion(int Year, int? Month, decimal? Plan, decimal Done, int? ReportedThrough)
{
    public bool ReportedLatest => Month is not null && ReportedThrough == Month;

    public bool HasReports => ReportedThrough is not null;

    /// <summary>Done over plan, in per cent (one decimal); null while the plan is pending or nothing was reported.</summary>
    public decimal? Percent => HasReports && Plan is > 0 ? Math.Round(Done / Plan.Value * 100m, 1) : null;

    /// <summary>The bar's width, capped at the full bar when the plan is exceeded.</summary>
    public int BarWidth => (int)Math.Clamp(Math.Round(Percent ?? 0m), 0m, 100m);
}
