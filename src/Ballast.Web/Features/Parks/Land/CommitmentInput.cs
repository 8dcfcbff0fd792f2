using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>What a user may set on a standard-land commitment (no mass assignment): the page, the API and the
/// demo bind this and save it through <see cref="CommitmentSave"/>.</summary>
public sealed class CommitmentInput
{
    [Display(Name = "考核企业")]
    public int? EnterpriseId { get; set; }

    [StringLength(100, ErrorMessage = "协议编号不超过100字")]
    [Display(Name = "协议编号")]
    public string? AgreementNo { get; set; }

    [Display(Name = "签订日期")]
    public DateOnly? SignedOn { get; set; }

    [Display(Name = "承诺投资强度（万元/亩）")]
    public decimal? InvestmentPerMu { get; set; }

    [Display(Name = "承诺亩均产值（万元/亩·年）")]
    public decimal? OutputPerMu { get; set; }

    [Display(Name = "承诺亩均税收（万元/亩·年）")]
    public decimal? TaxPerMu { get; set; }

    [Display(Name = "承诺开工日期")]
    public DateOnly? StartBy { get; set; }

    [Display(Name = "承诺投产日期")]
    public DateOnly? ProductionBy { get; set; }

    public int Version { get; set; }

    public void ApplyTo(LandCommitment c)
    {
        c.EnterpriseId = EnterpriseId;
        c.AgreementNo = string.IsNullOrWhiteSpace(AgreementNo) ? null : AgreementNo.Trim();
        c.SignedOn = SignedOn;
        c.InvestmentPerMu = InvestmentPerMu;
        c.OutputPerMu = OutputPerMu;
        c.TaxPerMu = TaxPerMu;
        c.StartBy = StartBy;
        c.ProductionBy = ProductionBy;
    }

    public static CommitmentInput From(LandCommitment c) => new()
    {
        EnterpriseId = c.EnterpriseId, AgreementNo = c.AgreementNo, SignedOn = c.SignedOn, InvestmentPerMu = c.InvestmentPerMu,
        OutputPerMu = c.OutputPerMu, TaxPerMu = c.TaxPerMu, StartBy = c.StartBy, ProductionBy = c.ProductionBy, Version = c.Version,
    };
}
