using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common;
using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Reference;

namespace Ballast.Web.Features.Projects;

/// <summary>What a user may set on a project, and nothing more (no mass assignment): the page and
/// the API both bind this and copy it onto the entity. The stage is not here: it moves through
/// <see cref="StageRules"/> with a date, so its history stays true.</summary>
public sealed class ProjectInput : IUsesLand
{
    [Required(ErrorMessage = "请填写项目名称")]
    [Display(Name = "项目名称")]
    [StringLength(200, ErrorMessage = "项目名称不超过200字")]
    // A body may send "name": null; it is then an empty name, refused by the save path, never a crash.
    public string Name { get => name; set => name = value ?? ""; }

    private string name = "";

    [StringLength(200, ErrorMessage = "投资方名称不超过200字")]
    [Display(Name = "投资方")]
    public string? InvestorName { get; set; }

    [Display(Name = "统一社会信用代码")]
    public string? InvestorUscc { get; set; }

    /// <summary>Why a USCC that fails its check digit is kept (early codes were issued that way).</summary>
    [StringLength(200, ErrorMessage = "说明不超过200字")]
    public string? UsccOverrideReason { get; set; }

    [StringLength(50, ErrorMessage = "国别（地区）不超过50字")]
    public string? InvestorCountry { get; set; }

    public bool IsFortune500 { get; set; }
    public bool IsCentralSoe { get; set; }
    public bool IsListed { get; set; }
    public bool IsForeignInvested { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "总投资须在 0 到 10,000 亿元之间（以万元填写）")]
    public decimal TotalInvestment { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "外资金额须为非负数（万美元）")]
    public decimal? ForeignCapital { get; set; }

    [Display(Name = "项目代码")]
    public string? ProjectCode { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "请选择责任单位")]
    [Display(Name = "责任单位（区市）"), Refers(typeof(Unit))]
    public int OwnerUnitId { get; set; }

    [Display(Name = "牵头部门"), Refers(typeof(Unit))]
    public int? ResponsibleUnitId { get; set; }

    [Display(Name = "所在园区"), Refers(typeof(Unit))]
    public int? ParkUnitId { get; set; }

    [Display(Name = "产业链"), Refers(typeof(Chain))]
    public int? ChainId { get; set; }

    [StringLength(2, ErrorMessage = "行业大类为两位数字")]
    [Display(Name = "国民经济行业（大类）"), Refers(typeof(IndustryDivision))]
    public string? IndustryDivisionCode { get; set; }

    [StringLength(8)]
    [Display(Name = "战略性新兴产业"), Refers(typeof(EmergingArea))]
    public string? EmergingAreaCode { get; set; }

    [StringLength(2000, ErrorMessage = "建设内容不超过2000字")]
    [Display(Name = "建设内容")]
    public string? ConstructionContent { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "就业人数须为非负整数")]
    public int? Jobs { get; set; }

    // Area, parcel code and right date are checked by LandRules, the same for a firm's land.
    [Display(Name = "用地面积（亩）")]
    public decimal? LandAreaMu { get; set; }

    [Display(Name = "宗地编码")]
    public string? ParcelCode { get; set; }

    [Display(Name = "土地使用权取得日期")]
    public DateOnly? LandRightOn { get; set; }

    [Display(Name = "标准地")]
    public bool IsStandardLand { get; set; }

    [Display(Name = "计划开工")]
    public DateOnly? PlannedStartOn { get; set; }

    [Display(Name = "计划竣工")]
    public DateOnly? PlannedCompletionOn { get; set; }

    [Display(Name = "包抓市级领导"), Refers(typeof(Leader))]
    public int? LeaderId { get; set; }

    [Display(Name = "来源")]
    public ProjectOrigin Origin { get; set; }

    [Display(Name = "引荐人类型")]
    public ReferrerKind? ReferrerKind { get; set; }

    [StringLength(200, ErrorMessage = "引荐人名称不超过200字")]
    public string? ReferrerName { get; set; }

    [Display(Name = "引荐人登记日期")]
    public DateOnly? ReferrerRegisteredOn { get; set; }

    [StringLength(500, ErrorMessage = "来源说明不超过500字")]
    public string? OriginNote { get; set; }

    [Display(Name = "增资扩建的原项目编号（仅扩建项目填写）")]
    public int? ExpansionOfId { get; set; }

    /// <summary>The version the user started from; a save against a newer one is refused.</summary>
    public int Version { get; set; }

    /// <summary>Set when the user has seen the possible duplicates and says this is a different project.</summary>
    public bool NotADuplicate { get; set; }

    public void ApplyTo(Project p, DateTimeOffset now)
    {
        p.Name = Name.Trim();
        p.InvestorName = Clean(InvestorName);
        p.InvestorUscc = Clean(InvestorUscc)?.ToUpperInvariant();
        p.InvestorCountry = Clean(InvestorCountry);
        p.IsFortune500 = IsFortune500;
        p.IsCentralSoe = IsCentralSoe;
        p.IsListed = IsListed;
        p.IsForeignInvested = IsForeignInvested;
        p.TotalInvestment = TotalInvestment;
        p.ForeignCapital = ForeignCapital;
        p.ProjectCode = Clean(ProjectCode);
        p.OwnerUnitId = OwnerUnitId;
        p.ResponsibleUnitId = ResponsibleUnitId;
        p.ParkUnitId = ParkUnitId;
        p.ChainId = ChainId;
        p.IndustryDivisionCode = Clean(IndustryDivisionCode);
        p.EmergingAreaCode = Clean(EmergingAreaCode);
        p.ConstructionContent = Clean(ConstructionContent);
        p.Jobs = Jobs;
        p.LandAreaMu = LandAreaMu;
        p.ParcelCode = LandRules.NormaliseParcel(ParcelCode);
        p.LandRightOn = LandRightOn;
        p.IsStandardLand = IsStandardLand;
        p.PlannedStartOn = PlannedStartOn;
        p.PlannedCompletionOn = PlannedCompletionOn;
        p.LeaderId = LeaderId;
        p.Origin = Origin;
        p.ReferrerKind = Origin == ProjectOrigin.Referral ? ReferrerKind : null;
        p.ReferrerName = Origin == ProjectOrigin.Referral ? Clean(ReferrerName) : null;
        p.ReferrerRegisteredOn = Origin == ProjectOrigin.Referral ? ReferrerRegisteredOn : null;
        p.OriginNote = Clean(OriginNote);
        p.ExpansionOfId = ExpansionOfId;
        p.UpdatedAt = now;
    }

    public static ProjectInput From(Project p) => new()
    {
        Name = p.Name, InvestorName = p.InvestorName, InvestorUscc = p.InvestorUscc, InvestorCountry = p.InvestorCountry,
        IsFortune500 = p.IsFortune500, IsCentralSoe = p.IsCentralSoe, IsListed = p.IsListed, IsForeignInvested = p.IsForeignInvested,
        TotalInvestment = p.TotalInvestment, ForeignCapital = p.ForeignCapital, ProjectCode = p.ProjectCode, OwnerUnitId = p.OwnerUnitId,
        ResponsibleUnitId = p.ResponsibleUnitId, ParkUnitId = p.ParkUnitId, ChainId = p.ChainId, IndustryDivisionCode = p.IndustryDivisionCode,
        EmergingAreaCode = p.EmergingAreaCode, ConstructionContent = p.ConstructionContent, Jobs = p.Jobs, LandAreaMu = p.LandAreaMu,
        ParcelCode = p.ParcelCode, LandRightOn = p.LandRightOn, IsStandardLand = p.IsStandardLand, PlannedStartOn = p.PlannedStartOn,
        PlannedCompletionOn = p.PlannedCompletionOn, LeaderId = p.LeaderId, Origin = p.Origin, ReferrerKind = p.ReferrerKind,
        ReferrerName = p.ReferrerName, ReferrerRegisteredOn = p.ReferrerRegisteredOn, OriginNote = p.OriginNote,
        ExpansionOfId = p.ExpansionOfId, Version = p.Version,
    };

    /// <summary>Trimmed, empty as null. Full-width punctuation is left alone: it is how Chinese is
    /// written (codes are normalised by their own checks).</summary>
    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
