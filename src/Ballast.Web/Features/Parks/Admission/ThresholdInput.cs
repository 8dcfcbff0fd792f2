using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A park's admission thresholds for one year, as a user sets them (no mass assignment). An empty
/// threshold is not applied.</summary>
public sealed class ThresholdInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择园区")]
    [Display(Name = "园区")]
    public int ParkId { get; set; }

    [Display(Name = "年度")]
    public int Year { get; set; }

    [Display(Name = "投资强度门槛（万元/亩）")]
    public decimal? MinInvestmentPerMu { get; set; }

    [Display(Name = "亩均产值门槛（万元/亩）")]
    public decimal? MinOutputPerMu { get; set; }

    [Display(Name = "亩均税收门槛（万元/亩）")]
    public decimal? MinTaxPerMu { get; set; }

    [Range(typeof(decimal), "0", "0.5", ErrorMessage = "有条件准入的允许差距须在 0 到 50% 之间")]
    [Display(Name = "有条件准入允许差距")]
    public decimal ConditionalShortfall { get; set; }

    [Display(Name = "要求产业契合")]
    public bool RequireChainFit { get; set; }

    [StringLength(300, ErrorMessage = "依据不超过300字")]
    [Display(Name = "依据")]
    public string? Basis { get; set; }

    public int Version { get; set; }

    public void ApplyTo(AdmissionThreshold t)
    {
        t.MinInvestmentPerMu = MinInvestmentPerMu;
        t.MinOutputPerMu = MinOutputPerMu;
        t.MinTaxPerMu = MinTaxPerMu;
        t.ConditionalShortfall = ConditionalShortfall;
        t.RequireChainFit = RequireChainFit;
        t.Basis = string.IsNullOrWhiteSpace(Basis) ? null : Basis.Trim();
    }

    public static ThresholdInput From(AdmissionThreshold t) => new()
    {
        ParkId = t.ParkId, Year = t.Year, MinInvestmentPerMu = t.MinInvestmentPerMu, MinOutputPerMu = t.MinOutputPerMu, MinTaxPerMu = t.MinTaxPerMu,
        ConditionalShortfall = t.ConditionalShortfall, RequireChainFit = t.RequireChainFit, Basis = t.Basis, Version = t.Version,
    };
}
