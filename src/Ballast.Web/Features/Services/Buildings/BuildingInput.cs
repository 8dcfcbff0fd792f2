using System.ComponentModel.DataAnnotations;
using Ballast.Web.Features.Enterprises;

namespace Ballast.Web.Features.Services;

/// <summary>What a user may set on a building, and nothing more: the page, the API and the demo bind this.</summary>
public sealed class BuildingInput
{
    [Required(ErrorMessage = "请填写楼宇名称")]
    [StringLength(200, ErrorMessage = "楼宇名称不超过200字")]
    [Display(Name = "楼宇名称")]
    public string Name { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "请选择所在区市")]
    [Display(Name = "所在区市")]
    public int OwnerUnitId { get; set; }

    [StringLength(300, ErrorMessage = "地址不超过300字")]
    [Display(Name = "地址")]
    public string? Address { get; set; }

    [StringLength(50, ErrorMessage = "主题不超过50字")]
    [Display(Name = "主导业态")]
    public string? Theme { get; set; }

    [Range(2000, 2100, ErrorMessage = "认定年度须在2000至2100之间")]
    [Display(Name = "认定为专业特色楼宇的年度")]
    public int? SpecialtyYear { get; set; }

    [Display(Name = "认定级别")]
    public DesignationLevel? SpecialtyLevel { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "建筑面积须在 0 到 1,000 万平方米之间")]
    [Display(Name = "建筑面积（平方米）")]
    public decimal? FloorAreaM2 { get; set; }

    [Range(typeof(decimal), "0", "100", ErrorMessage = "入驻率须在 0 到 100 之间")]
    [Display(Name = "入驻率（%）")]
    public decimal? OccupancyPercent { get; set; }

    /// <summary>The version the user read; required when changing.</summary>
    public int? Version { get; set; }

    internal bool IsDemo { get; set; }

    public void ApplyTo(Building b)
    {
        b.Name = Name.Trim();
        b.OwnerUnitId = OwnerUnitId;
        b.Address = Clean(Address);
        b.Theme = Clean(Theme);
        b.SpecialtyYear = SpecialtyYear;
        b.SpecialtyLevel = SpecialtyYear is null ? null : SpecialtyLevel;
        b.FloorAreaM2 = FloorAreaM2;
        b.OccupancyPercent = OccupancyPercent;
    }

    public static BuildingInput From(Building b) => new()
    {
        Name = b.Name, OwnerUnitId = b.OwnerUnitId, Address = b.Address, Theme = b.Theme, SpecialtyYear = b.SpecialtyYear,
        SpecialtyLevel = b.SpecialtyLevel, FloorAreaM2 = b.FloorAreaM2, OccupancyPercent = b.OccupancyPercent, Version = b.Version,
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
