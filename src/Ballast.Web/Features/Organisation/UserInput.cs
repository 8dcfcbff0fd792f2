using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Organisation;

/// <summary>What the security administrator may set on an account, and nothing more (no mass
/// assignment). The user name is read only on create; the password only when given.</summary>
public sealed class UserInput
{
    [StringLength(64, ErrorMessage = "用户名不超过64位")]
    [Display(Name = "用户名")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(100, ErrorMessage = "姓名不超过100字")]
    [Display(Name = "姓名")]
    public string DisplayName { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "请选择所属单位")]
    [Display(Name = "所属单位")]
    public int UnitId { get; set; }

    [Display(Name = "角色")]
    public List<string> RoleNames { get; set; } = [];

    [DataType(DataType.Password)]
    [StringLength(128, ErrorMessage = "密码不超过128位")]
    [Display(Name = "密码")]
    public string? Password { get; set; }

    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致")]
    [Display(Name = "确认密码")]
    public string? ConfirmPassword { get; set; }

    [Display(Name = "解除锁定")]
    public bool Unlock { get; set; }

    [Display(Name = "停用账户")]
    public bool Disabled { get; set; }

    [Display(Name = "重置双因素认证")]
    public bool ResetTwoFactor { get; set; }

    public static UserInput From(AppUser u, IEnumerable<string> roles) => new()
    {
        UserName = u.UserName, DisplayName = u.DisplayName, UnitId = u.UnitId, RoleNames = [.. roles], Disabled = u.IsDisabled,
    };
}
