using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Services;

/// <summary>A building's tax for a year entered as a whole, with where the figure comes from.</summary>
public sealed class BuildingTaxInput
{
    [Range(2000, 2100, ErrorMessage = "年度须在2000至2100之间")]
    [Display(Name = "年度")]
    public int Year { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "税收须在 0 到 1,000 亿元之间（以万元填写）")]
    [Display(Name = "税收（万元）")]
    public decimal EnteredTax { get; set; }

    [Required(ErrorMessage = "请填写数据来源")]
    [StringLength(200, ErrorMessage = "数据来源不超过200字")]
    [Display(Name = "数据来源")]
    public string Source { get; set; } = "";

    /// <summary>The version the user read when changing an entered figure; null when adding one.</summary>
    public int? Version { get; set; }
}
