using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common;
using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Reference;

namespace Ballast.Web.Features.Enterprises;

/// <summary>What a user may set on a firm (no mass assignment): the page, the API, the import and the
/// demo bind this and copy it onto the entity through <see cref="EnterpriseSave"/>. The building a firm occupies
/// is not here: the building economy places firms in buildings, and a save of the firm leaves it as it is.</summary>
public sealed class EnterpriseInput : IUsesLand
{
    [Required(ErrorMessage = "请填写企业名称")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "企业名称为2至200字")]
    [Display(Name = "企业名称")]
    public string Name { get; set; } = "";

    [Display(Name = "统一社会信用代码")]
    [StringLength(40, ErrorMessage = "统一社会信用代码应为18位")]
    public string? Uscc { get; set; }

    /// <summary>Why a code failing its check is kept (early pilot codes were issued so).</summary>
    [StringLength(200, ErrorMessage = "说明不超过200字")]
    [Display(Name = "保留说明")]
    public string? UsccNote { get; set; }

    /// <summary>A domestic firm not registered yet: keyed by its name until it has a code.</summary>
    public bool NotRegistered { get; set; }

    [StringLength(50, ErrorMessage = "国别（地区）不超过50字")]
    [Display(Name = "国别（地区）")]
    public string? Country { get; set; }

    [StringLength(1000, ErrorMessage = "曾用名合计不超过1000字")]
    [Display(Name = "曾用名")]
    public string? FormerNames { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "请选择所在区市")]
    [Display(Name = "所在区市"), Refers(typeof(Unit))]
    public int OwnerUnitId { get; set; }

    [StringLength(300, ErrorMessage = "地址不超过300字")]
    [Display(Name = "地址")]
    public string? Address { get; set; }

    [StringLength(2, ErrorMessage = "行业大类为两位数字")]
    [Display(Name = "国民经济行业（大类）"), Refers(typeof(IndustryDivision))]
    public string? IndustryDivisionCode { get; set; }

    [Display(Name = "产业链"), Refers(typeof(Chain))]
    public int? ChainId { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "注册资本须为非负数（万元）")]
    [Display(Name = "注册资本（万元）")]
    public decimal? RegisteredCapital { get; set; }

    [Display(Name = "成立日期")]
    public DateOnly? FoundedOn { get; set; }

    public bool IsListed { get; set; }
    public bool IsAboveScale { get; set; }

    // Checked by LandRules, the same as a project's land.
    [Display(Name = "用地面积（亩）")]
    public decimal? LandAreaMu { get; set; }

    [Display(Name = "宗地编码")]
    public string? ParcelCode { get; set; }

    [Display(Name = "土地使用权取得日期")]
    public DateOnly? LandRightOn { get; set; }

    [Display(Name = "标准地")]
    public bool IsStandardLand { get; set; }

    [StringLength(50, ErrorMessage = "联系人不超过50字")]
    [Display(Name = "联系人")]
    public string? ContactName { get; set; }

    [StringLength(30, ErrorMessage = "联系电话不超过30字")]
    [Display(Name = "联系电话")]
    public string? ContactPhone { get; set; }

    public int Version { get; set; }

    public void ApplyTo(Enterprise e)
    {
        e.Name = Name.Trim();
        e.Uscc = Clean(Uscc)?.ToUpperInvariant();
        e.UsccNote = e.Uscc is null ? null : Clean(UsccNote);
        e.Country = Clean(Country);
        e.FormerNames = Clean(FormerNames);
        e.OwnerUnitId = OwnerUnitId;
        e.Address = Clean(Address);
        e.IndustryDivisionCode = Clean(IndustryDivisionCode);
        e.ChainId = ChainId;
        e.RegisteredCapital = RegisteredCapital;
        e.FoundedOn = FoundedOn;
        e.IsListed = IsListed;
        e.IsAboveScale = IsAboveScale;
        e.LandAreaMu = LandAreaMu;
        e.ParcelCode = LandRules.NormaliseParcel(ParcelCode);
        e.LandRightOn = LandRightOn;
        e.IsStandardLand = IsStandardLand;
        e.ContactName = Clean(ContactName);
        e.ContactPhone = Clean(ContactPhone);
    }

    public static EnterpriseInput From(Enterprise e) => new()
    {
        Name = e.Name, Uscc = e.Uscc, UsccNote = e.UsccNote, NotRegistered = e.Uscc is null && e.Country is null, Country = e.Country,
        FormerNames = e.FormerNames, OwnerUnitId = e.OwnerUnitId, Address = e.Address, IndustryDivisionCode = e.IndustryDivisionCode,
        ChainId = e.ChainId, RegisteredCapital = e.RegisteredCapital, FoundedOn = e.FoundedOn, IsListed = e.IsListed,
        IsAboveScale = e.IsAboveScale, LandAreaMu = e.LandAreaMu, ParcelCode = e.ParcelCode, LandRightOn = e.LandRightOn,
        IsStandardLand = e.IsStandardLand, ContactName = e.ContactName, ContactPhone = e.ContactPhone, Version = e.Version,
    };

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
