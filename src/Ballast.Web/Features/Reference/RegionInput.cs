using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common.Codes;
using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Reference;

/// <summary>What the system administrator may set on a GB/T 2260 region. The code is the key: it
/// is read only on create; level and parent follow from it.</summary>
public sealed class RegionInput
{
    [Display(Name = "区划代码")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "请填写名称")]
    [StringLength(50, ErrorMessage = "名称不超过50字")]
    [Display(Name = "名称")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "英文名称不超过100字")]
    [Display(Name = "英文名称")]
    public string? NameEn { get; set; }

    [Display(Name = "已撤销")]
    public bool IsRetired { get; set; }

    [Display(Name = "继任区划")]
    public string? SuccessorCode { get; set; }

    [StringLength(200, ErrorMessage = "备注不超过200字")]
    [Display(Name = "备注")]
    public string? Note { get; set; }

    [Range(0, 100000, ErrorMessage = "排序号须在 0 到 100000 之间")]
    [Display(Name = "排序号")]
    public int SortOrder { get; set; }

    /// <summary>Codes typed through a Chinese input method arrive full-width.</summary>
    public static string? CleanCode(string? code) => RegionCode.Normalise(code) is { Length: > 0 } c ? c : null;

    public void ApplyTo(Region r)
    {
        r.Name = Name.Trim();
        r.NameEn = string.IsNullOrWhiteSpace(NameEn) ? null : NameEn.Trim();
        r.IsRetired = IsRetired;
        r.SuccessorCode = CleanCode(SuccessorCode);
        r.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        r.SortOrder = SortOrder;
    }

    public static RegionInput From(Region r) => new()
    {
        Code = r.Code, Name = r.Name, NameEn = r.NameEn, IsRetired = r.IsRetired, SuccessorCode = r.SuccessorCode,
        Note = r.Note, SortOrder = r.SortOrder,
    };
}
