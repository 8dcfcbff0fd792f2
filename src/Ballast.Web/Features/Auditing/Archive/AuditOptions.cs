namespace Ballast.Web.Features.Auditing;

/// <summary>How long audit entries stay in the database (<c>Audit:RetentionDays</c>); older ones
/// may be archived to a file and pruned, never younger ones.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Six months: the Cybersecurity Law (art. 21) and GB/T 22239-2019 level 3 keep network
    /// and audit logs at least that long.</summary>
    public const int MinimumRetentionDays = 180;

    public int RetentionDays { get; set; } = MinimumRetentionDays;
}
