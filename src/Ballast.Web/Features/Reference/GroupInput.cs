using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Reference;

/// <summary>What the system administrator may set on an industry group; the code only on create.</summary>
public sealed class GroupInput
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

    [Range(0, 100000, ErrorMessage = "排序号须在 0 到 100000 之间")]
    [Display(Name = "排序号")]
    public int SortOrder { get; set; }

    public void ApplyTo(IndustryGroup g)
    {
        g.Name = Name.Trim();
        g.NameEn = string.IsNullOrWhiteSpace(NameEn) ? null : NameEn.Trim();
        g.SortOrder = SortOrder;
    }

    public static GroupInput From(IndustryGroup g) => new() { Code = g.Code, Name = g.Name, NameEn = g.NameEn, SortOrder = g.SortOrder };
}
