using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Reference;

namespace Ballast.Web.Features.Promotion;

/// <summary>What a user may set on a campaign (no mass assignment): the page, the API and the demo bind this.
/// Members and visits are replaced as a whole on every save; blank rows are dropped.</summary>
public sealed class CampaignInput
{
    [Required(ErrorMessage = "请填写活动名称")]
    [StringLength(200, ErrorMessage = "活动名称不超过200字")]
    [Display(Name = "活动名称")]
    public string Name { get; set; } = "";

    [Display(Name = "活动类型")]
    public CampaignKind Kind { get; set; }

    [Required(ErrorMessage = "请填写目的地")]
    [StringLength(200, ErrorMessage = "目的地不超过200字")]
    [Display(Name = "目的地")]
    public string Destination { get; set; } = "";

    [Display(Name = "开始日期")]
    public DateOnly StartsOn { get; set; }

    [Display(Name = "结束日期")]
    public DateOnly EndsOn { get; set; }

    [Display(Name = "产业链"), Refers(typeof(Chain))]
    public int? ChainId { get; set; }

    [StringLength(50, ErrorMessage = "带队领导不超过50字")]
    [Display(Name = "带队领导")]
    public string? LeaderName { get; set; }

    [StringLength(2000, ErrorMessage = "活动概况不超过2000字")]
    [Display(Name = "活动概况")]
    public string? Summary { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "请选择责任单位")]
    [Display(Name = "责任单位"), Refers(typeof(Unit))]
    public int OwnerUnitId { get; set; }

    public int Version { get; set; }

    // A body may hold null rows ("members": [null]): they are dropped like blank rows, never a crash.
    public List<MemberInput> Members { get => members; set => members = [.. (value ?? []).Where(m => m is not null)]; }
    public List<VisitInput> Visits { get => visits; set => visits = [.. (value ?? []).Where(v => v is not null)]; }

    private List<MemberInput> members = [];
    private List<VisitInput> visits = [];

    public static CampaignInput From(Campaign c) => new()
    {
        Name = c.Name, Kind = c.Kind, Destination = c.Destination, StartsOn = c.StartsOn, EndsOn = c.EndsOn, ChainId = c.ChainId,
        LeaderName = c.LeaderName, Summary = c.Summary, OwnerUnitId = c.OwnerUnitId, Version = c.Version,
        Members = [.. c.Members.OrderBy(m => m.Id).Select(m => new MemberInput { Name = m.Name, Unit = m.Unit, Title = m.Title })],
        Visits = [.. c.Visits.OrderBy(v => v.VisitedOn).ThenBy(v => v.Id).Select(v => new VisitInput
            { FirmName = v.FirmName, Country = v.Country, VisitedOn = v.VisitedOn, Note = v.Note })],
    };

    public void ApplyTo(Campaign c)
    {
        c.Name = Name.Trim();
        c.Kind = Kind;
        c.Destination = Destination.Trim();
        c.StartsOn = StartsOn;
        c.EndsOn = EndsOn;
        c.ChainId = ChainId;
        c.LeaderName = Clean(LeaderName);
        c.Summary = Clean(Summary);
        c.OwnerUnitId = OwnerUnitId;
    }

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
