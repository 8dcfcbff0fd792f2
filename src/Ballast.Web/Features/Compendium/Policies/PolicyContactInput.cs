using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Compendium;

/// <summary>One contact as a user enters it; a row left wholly empty on the form is dropped.</summary>
public sealed class PolicyContactInput
{
    [StringLength(200, ErrorMessage = "联系单位不超过200字")]
    [Display(Name = "联系单位")]
    public string? Unit { get; set; }

    [StringLength(50, ErrorMessage = "联系人不超过50字")]
    [Display(Name = "联系人")]
    public string? Name { get; set; }

    [StringLength(50, ErrorMessage = "联系电话不超过50字")]
    [Display(Name = "联系电话")]
    public string? Phone { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone);
}
