using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The bounds of one row of the size table, as the system administrator edits them after a revision of
/// the national table. The sector and its divisions stay as seeded.</summary>
public sealed class SizeRuleInput
{
    [Range(0, 10_000_000, ErrorMessage = "从业人员下限须为0或正整数")]
    [Display(Name = "大型·从业人员")]
    public int? LargeEmployees { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "营业收入下限须在0至1亿万元之间")]
    [Display(Name = "大型·营业收入")]
    public decimal? LargeRevenue { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "资产总额下限须在0至1亿万元之间")]
    [Display(Name = "大型·资产总额")]
    public decimal? LargeAssets { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "从业人员下限须为0或正整数")]
    [Display(Name = "中型·从业人员")]
    public int? MediumEmployees { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "营业收入下限须在0至1亿万元之间")]
    [Display(Name = "中型·营业收入")]
    public decimal? MediumRevenue { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "资产总额下限须在0至1亿万元之间")]
    [Display(Name = "中型·资产总额")]
    public decimal? MediumAssets { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "从业人员下限须为0或正整数")]
    [Display(Name = "小型·从业人员")]
    public int? SmallEmployees { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "营业收入下限须在0至1亿万元之间")]
    [Display(Name = "小型·营业收入")]
    public decimal? SmallRevenue { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "资产总额下限须在0至1亿万元之间")]
    [Display(Name = "小型·资产总额")]
    public decimal? SmallAssets { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "规上营业收入标准须在0至1亿万元之间")]
    [Display(Name = "规上（限上）营业收入标准")]
    public decimal? AboveScaleRevenue { get; set; }

    public void ApplyTo(SizeRule r)
    {
        (r.LargeEmployees, r.LargeRevenue, r.LargeAssets) = (LargeEmployees, LargeRevenue, LargeAssets);
        (r.MediumEmployees, r.MediumRevenue, r.MediumAssets) = (MediumEmployees, MediumRevenue, MediumAssets);
        (r.SmallEmployees, r.SmallRevenue, r.SmallAssets) = (SmallEmployees, SmallRevenue, SmallAssets);
        r.AboveScaleRevenue = AboveScaleRevenue;
    }

    public static SizeRuleInput From(SizeRule r) => new()
    {
        LargeEmployees = r.LargeEmployees, LargeRevenue = r.LargeRevenue, LargeAssets = r.LargeAssets,
        MediumEmployees = r.MediumEmployees, MediumRevenue = r.MediumRevenue, MediumAssets = r.MediumAssets,
        SmallEmployees = r.SmallEmployees, SmallRevenue = r.SmallRevenue, SmallAssets = r.SmallAssets,
        AboveScaleRevenue = r.AboveScaleRevenue,
    };
}
