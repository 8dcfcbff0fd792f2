using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Account;

public sealed class PasswordInput
{
    [Required(ErrorMessage = "请输入当前密码")]
    [StringLength(128, ErrorMessage = "密码不超过128位")]
    [DataType(DataType.Password)]
    [Display(Name = "当前密码")]
    public string Current { get; set; } = "";

    [Required(ErrorMessage = "请输入新密码")]
    [StringLength(128, ErrorMessage = "密码不超过128位")]
    [DataType(DataType.Password)]
    [Display(Name = "新密码")]
    public string New { get; set; } = "";

    [Required(ErrorMessage = "请再次输入新密码")]
    [Compare(nameof(New), ErrorMessage = "两次输入的新密码不一致")]
    [DataType(DataType.Password)]
    [Display(Name = "确认新密码")]
    public string Confirm { get; set; } = "";
}
