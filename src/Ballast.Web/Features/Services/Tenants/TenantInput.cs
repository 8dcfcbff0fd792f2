using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Services;

/// <summary>The firm to place in a building, and the firm's version as read (checked when sent).</summary>
public sealed class TenantInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择入驻企业")]
    [Display(Name = "入驻企业")]
    public int EnterpriseId { get; set; }

    public int? Version { get; set; }
}
