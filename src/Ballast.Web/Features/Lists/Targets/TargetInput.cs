using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Lists;

/// <summary>What a user may set on a target to attract, and nothing more (no mass assignment):
/// the page and the API both bind this. Which project it became is set only by the conversion.</summary>
public sealed class TargetInput
{
    [Range(2000, 2100, ErrorMessage = "年度须在2000至2100之间")]
    [Display(Name = "年度")]
    public int Year { get; set; }

    [Required(ErrorMessage = "请填写目标企业或项目名称")]
    [StringLength(200, ErrorMessage = "名称不超过200字")]
    [Display(Name = "目标企业或项目")]
    public string Name { get; set; } = "";

    [StringLength(50, ErrorMessage = "国别（地区）不超过50字")]
    [Display(Name = "国别（地区）")]
    public string? Country { get; set; }

    [Display(Name = "产业链")]
    public int? ChainId { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "预计投资须在 0 到 10,000 亿元之间（以万元填写）")]
    [Display(Name = "预计投资（万元）")]
    public decimal? ExpectedInvestment { get; set; }

    [StringLength(1000, ErrorMessage = "备注不超过1000字")]
    [Display(Name = "备注")]
    public string? Note { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "请选择责任单位")]
    [Display(Name = "责任单位")]
    public int OwnerUnitId { get; set; }

    /// <summary>The version the user read; required when changing through the API.</summary>
    public int? Version { get; set; }

    public void ApplyTo(AttractionTarget t)
    {
        t.Year = Year;
        t.Name = Name.Trim();
        t.Country = Clean(Country);
        // A target moved to another chain no longer fills the gap of a node on the first one.
        if (t.ChainId != ChainId)
        {
            t.ChainNodeId = null;
        }
        t.ChainId = ChainId;
        t.ExpectedInvestment = ExpectedInvestment;
        t.Note = Clean(Note);
        t.OwnerUnitId = OwnerUnitId;
    }

    public static TargetInput From(AttractionTarget t) => new()
    {
        Year = t.Year, Name = t.Name, Country = t.Country, ChainId = t.ChainId, ExpectedInvestment = t.ExpectedInvestment,
        Note = t.Note, OwnerUnitId = t.OwnerUnitId, Version = t.Version,
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
