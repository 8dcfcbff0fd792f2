using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Reference;

/// <summary>What the system administrator may set on a chain (no mass assignment). The code is
/// read only when the chain is created: imports and other records refer to it.</summary>
public sealed class ChainInput
{
    [RegularExpression("^[0-9A-Za-z][0-9A-Za-z_-]{0,31}$", ErrorMessage = "代码由字母、数字、- 和 _ 组成，不超过32位")]
    [Display(Name = "代码")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "请填写名称")]
    [StringLength(50, ErrorMessage = "名称不超过50字")]
    [Display(Name = "名称")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "英文名称不超过100字")]
    [Display(Name = "英文名称")]
    public string? NameEn { get; set; }

    [Display(Name = "产业分类")]
    public int? GroupId { get; set; }

    [Display(Name = "计入“24条产业链”")]
    public bool IsProgrammeChain { get; set; } = true;

    [Display(Name = "名称待定")]
    public bool IsPlaceholder { get; set; }

    [Range(0, 100000, ErrorMessage = "排序号须在 0 到 100000 之间")]
    [Display(Name = "排序号")]
    public int SortOrder { get; set; }

    public void ApplyTo(Chain c)
    {
        c.Name = Name.Trim();
        c.NameEn = string.IsNullOrWhiteSpace(NameEn) ? null : NameEn.Trim();
        c.GroupId = GroupId;
        c.IsProgrammeChain = IsProgrammeChain;
        c.IsPlaceholder = IsPlaceholder;
        c.SortOrder = SortOrder;
    }

    public static ChainInput From(Chain c) => new()
    {
        Code = c.Code, Name = c.Name, NameEn = c.NameEn, GroupId = c.GroupId, IsProgrammeChain = c.IsProgrammeChain,
        IsPlaceholder = c.IsPlaceholder, SortOrder = c.SortOrder,
    };
}
