using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Chains;

/// <summary>A chain's targets for a year and the output entered where firms' figures are missing. Money in 万元.</summary>
public sealed class ChainYearInput
{
    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "产值目标须在 0 到 100,000 亿元之间（以万元填写）")]
    [Display(Name = "产值目标（万元）")]
    public decimal? TargetOutput { get; set; }

    [Range(typeof(decimal), "-100", "1000", ErrorMessage = "增速目标须在 -100% 到 1000% 之间")]
    [Display(Name = "增速目标（%）")]
    public decimal? TargetGrowth { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "企业数目标须在0至1,000,000之间")]
    [Display(Name = "企业数目标")]
    public int? TargetFirms { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "填报产值须在 0 到 100,000 亿元之间（以万元填写）")]
    [Display(Name = "填报产值（万元）")]
    public decimal? EnteredOutput { get; set; }

    [StringLength(200, ErrorMessage = "数据来源不超过200字")]
    [Display(Name = "数据来源")]
    public string? EnteredSource { get; set; }

    /// <summary>The version the user read; required when changing a year already stored.</summary>
    public int? Version { get; set; }

    public void ApplyTo(ChainYear y)
    {
        y.TargetOutput = TargetOutput;
        y.TargetGrowth = TargetGrowth;
        y.TargetFirms = TargetFirms;
        y.EnteredOutput = EnteredOutput;
        y.EnteredSource = string.IsNullOrWhiteSpace(EnteredSource) ? null : EnteredSource.Trim();
    }

    public static ChainYearInput From(ChainYear y) => new()
    {
        TargetOutput = y.TargetOutput, TargetGrowth = y.TargetGrowth, TargetFirms = y.TargetFirms, EnteredOutput = y.EnteredOutput,
        EnteredSource = y.EnteredSource, Version = y.Version,
    };
}
