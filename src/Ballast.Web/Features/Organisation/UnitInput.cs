using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common.Text;

namespace Ballast.Web.Features.Organisation;

/// <summary>What the system administrator may set on a unit (no mass assignment).</summary>
public sealed class UnitInput
{
    [Required(ErrorMessage = "请填写单位代码")]
    [RegularExpression("^[0-9A-Za-z][0-9A-Za-z_-]{0,31}$", ErrorMessage = "单位代码由字母、数字、- 和 _ 组成，不超过32位")]
    [Display(Name = "单位代码")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "请填写单位名称")]
    [StringLength(100, ErrorMessage = "单位名称不超过100字")]
    [Display(Name = "单位名称")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "英文名称不超过200字")]
    [Display(Name = "英文名称")]
    public string? NameEn { get; set; }

    [Display(Name = "单位类型")]
    public UnitKind Kind { get; set; }

    [Display(Name = "上级单位")]
    public int? ParentId { get; set; }

    [Display(Name = "行政区划代码")]
    public string? RegionCode { get; set; }

    [Range(0, 100000, ErrorMessage = "排序号须在 0 到 100000 之间")]
    [Display(Name = "排序号")]
    public int SortOrder { get; set; }

    [Display(Name = "启用")]
    public bool IsActive { get; set; } = true;

    /// <summary>The region code as typed through a Chinese input method, made ASCII; null when blank.</summary>
    public string? TrimmedRegion => TextNormalizer.Clean(RegionCode) is { Length: > 0 } code ? code : null;

    /// <summary>The version the user read; required when changing through the API.</summary>
    public int? Version { get; set; }

    public void ApplyTo(Unit u)
    {
        u.Code = Code.Trim();
        u.Name = Name.Trim();
        u.NameEn = string.IsNullOrWhiteSpace(NameEn) ? null : NameEn.Trim();
        u.Kind = Kind;
        u.ParentId = ParentId;
        u.RegionCode = TrimmedRegion;
        u.SortOrder = SortOrder;
        u.IsActive = IsActive;
    }

    public static UnitInput From(Unit u) => new()
    {
        Code = u.Code, Name = u.Name, NameEn = u.NameEn, Kind = u.Kind, ParentId = u.ParentId,
        RegionCode = u.RegionCode, SortOrder = u.SortOrder, IsActive = u.IsActive, Version = u.Version,
    };
}
