namespace Ballast.Web.Features.Promotion;

/// <summary>One responsible unit's confirmation of a reward (联合确认): a reward is confirmed when
/// every unit that must confirm has done so.</summary>
public sealed class RewardConfirmation
{
    public int Id { get; set; }
    public int RewardId { get; set; }
    public int UnitId { get; set; }
    public bool? Agreed { get; set; }
    public string? Note { get; set; }
    public string? ByUser { get; set; }
    public DateTimeOffset? At { get; set; }
}
