using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>A member of the delegation as a form row; a row without a name is a blank row and dropped.</summary>
public sealed class MemberInput
{
    [StringLength(50, ErrorMessage = "姓名不超过50字")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "单位不超过200字")]
    public string? Unit { get; set; }

    [StringLength(100, ErrorMessage = "职务不超过100字")]
    public string? Title { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Title);
}
