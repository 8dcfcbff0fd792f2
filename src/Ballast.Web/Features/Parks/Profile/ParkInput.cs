using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>What a user may set on a park's profile, and nothing more: the page, the API and the demo bind this.
/// The park's name and district are its unit's, changed under 组织与用户.</summary>
public sealed class ParkInput
{
    [Display(Name = "主导产业链")]
    public int? ChainId { get; set; }

    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "规划面积须在 0 到 100 万亩之间")]
    [Display(Name = "规划面积（亩）")]
    public decimal? PlannedAreaMu { get; set; }

    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "已利用面积须在 0 到 100 万亩之间")]
    [Display(Name = "已利用面积（亩）")]
    public decimal? UsedAreaMu { get; set; }

    [Display(Name = "挂牌日期")]
    public DateOnly? ListedOn { get; set; }

    [Display(Name = "状态")]
    public ParkStatus Status { get; set; }

    [Display(Name = "标杆园区")]
    public bool IsBenchmark { get; set; }

    [StringLength(300, ErrorMessage = "地址不超过300字")]
    [Display(Name = "地址")]
    public string? Address { get; set; }

    [StringLength(2000, ErrorMessage = "简介不超过2000字")]
    [Display(Name = "简介")]
    public string? Summary { get; set; }

    /// <summary>The version the user read; required when changing.</summary>
    public int? Version { get; set; }

    internal bool IsDemo { get; set; }

    public void ApplyTo(Park p)
    {
        p.ChainId = ChainId is > 0 ? ChainId : null;
        p.PlannedAreaMu = PlannedAreaMu;
        p.UsedAreaMu = UsedAreaMu;
        p.ListedOn = ListedOn;
        p.Status = Status;
        p.IsBenchmark = IsBenchmark;
        p.Address = Clean(Address);
        p.Summary = Clean(Summary);
    }

    public static ParkInput From(Park p) => new()
    {
        ChainId = p.ChainId, PlannedAreaMu = p.PlannedAreaMu, UsedAreaMu = p.UsedAreaMu, ListedOn = p.ListedOn, Status = p.Status,
        IsBenchmark = p.IsBenchmark, Address = p.Address, Summary = p.Summary, Version = p.Version,
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
