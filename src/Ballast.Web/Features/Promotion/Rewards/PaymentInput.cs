using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>The payment of a reward after its notice ended.</summary>
public sealed class PaymentInput
{
    [Required(ErrorMessage = "请填写支付日期")]
    [Display(Name = "支付日期")]
    public DateOnly? PaidOn { get; set; }

    [Range(typeof(decimal), "0.01", "1000000", ErrorMessage = "支付金额须在 0.01 到 1,000,000 万元之间")]
    [Display(Name = "支付金额（万元）")]
    public decimal PaidWan { get; set; }

    [Required(ErrorMessage = "请填写支付凭证号")]
    [StringLength(100, ErrorMessage = "支付凭证号不超过100字")]
    [Display(Name = "支付凭证号")]
    public string? PaymentReference { get; set; }

    public int Version { get; set; }
}
