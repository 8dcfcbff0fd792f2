using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Reference;

namespace Ballast.Web.Features.Promotion;

/// <summary>A new lead from a campaign: the project it starts (at the lead stage, through the project save path).</summary>
public sealed class LeadInput
{
    [Required(ErrorMessage = "请填写项目名称")]
    [StringLength(200, ErrorMessage = "项目名称不超过200字")]
    [Display(Name = "项目名称")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "投资方名称不超过200字")]
    [Display(Name = "投资方")]
    public string? InvestorName { get; set; }

    [StringLength(50, ErrorMessage = "国别（地区）不超过50字")]
    [Display(Name = "国别（地区）")]
    public string? InvestorCountry { get; set; }

    [Display(Name = "产业链"), Refers(typeof(Chain))]
    public int? ChainId { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "总投资须在 0 到 10,000 亿元之间（以万元填写）")]
    [Display(Name = "预计总投资（万元）")]
    public decimal EstimatedInvestment { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "请选择责任单位")]
    [Display(Name = "责任单位（区市）"), Refers(typeof(Unit))]
    public int OwnerUnitId { get; set; }

    [Display(Name = "线索获取日期")]
    public DateOnly? GatheredOn { get; set; }

    [StringLength(500, ErrorMessage = "备注不超过500字")]
    [Display(Name = "备注")]
    public string? Note { get; set; }

    /// <summary>Set when the user has seen the possible duplicates and says this is a different project.</summary>
    public bool NotADuplicate { get; set; }
}
