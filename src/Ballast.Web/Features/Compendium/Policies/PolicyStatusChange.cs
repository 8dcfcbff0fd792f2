namespace Ballast.Web.Features.Compendium;

/// <summary>One step of a policy's status history: in force, expired, replaced by another, repealed.</summary>
public sealed class PolicyStatusChange
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public PolicyStatus? FromStatus { get; set; }
    public PolicyStatus ToStatus { get; set; }
    /// <summary>The day the change takes effect.</summary>
    public DateOnly On { get; set; }
    public int? ReplacedById { get; set; }
    public string? Reason { get; set; }
    public required string ByUser { get; set; }
    public DateTimeOffset At { get; set; }
}
