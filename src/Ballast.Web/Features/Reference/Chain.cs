namespace Ballast.Web.Features.Reference;

/// <summary>An industrial chain (产业链). <see cref="IsProgrammeChain"/> marks the chains counted
/// among the programme's "24 chains"; <see cref="IsPlaceholder"/> marks rows whose official name
/// the demo data does not know yet, for an administrator to rename.</summary>
public sealed class Chain
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public int? GroupId { get; set; }
    public IndustryGroup? Group { get; set; }
    public bool IsProgrammeChain { get; set; } = true;
    public bool IsPlaceholder { get; set; }
    public int SortOrder { get; set; }
}
