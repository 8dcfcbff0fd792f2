using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Compendium;

/// <summary>What a user may set on a policy (no mass assignment): the page, the API, the import and the
/// demo bind this. Code, status and owner are not here: the code is assigned once, the status moves
/// through <see cref="PolicyStatuses"/> with its history, and the owner is the saving user's unit.</summary>
public sealed class PolicyInput
{
    [Required(ErrorMessage = "请填写政策名称")]
    [StringLength(300, ErrorMessage = "政策名称不超过300字")]
    [Display(Name = "政策名称")]
    public string Title { get; set; } = "";

    [StringLength(100, ErrorMessage = "文号不超过100字")]
    [Display(Name = "文号")]
    public string? DocumentNumber { get; set; }

    [Required(ErrorMessage = "请填写发布单位")]
    [StringLength(200, ErrorMessage = "发布单位不超过200字")]
    [Display(Name = "发布单位")]
    public string Issuer { get; set; } = "";

    [Display(Name = "政策层级")]
    public PolicyLevel Level { get; set; }

    [Display(Name = "政策类型")]
    public PolicyKind Kind { get; set; }

    [Display(Name = "适用区市或园区"), Refers(typeof(Unit))]
    public int? AreaUnitId { get; set; }

    [Display(Name = "生效日期")]
    public DateOnly? EffectiveOn { get; set; }

    [Display(Name = "失效日期")]
    public DateOnly? ExpiresOn { get; set; }

    [StringLength(4000, ErrorMessage = "摘要不超过4000字")]
    [Display(Name = "摘要")]
    public string? Summary { get; set; }

    [StringLength(200_000, ErrorMessage = "全文不超过20万字")]
    [Display(Name = "全文")]
    public string? FullText { get; set; }

    [Display(Name = "对外公开")]
    public bool IsPublished { get; set; }

    [Display(Name = "产业链")]
    public List<int> ChainIds { get; set; } = [];

    [Display(Name = "行业大类")]
    public List<string> DivisionCodes { get; set; } = [];

    [Display(Name = "联系人")]
    // A body may hold null rows ("contacts": [null]): they are dropped, never a crash.
    public List<PolicyContactInput> Contacts { get => contacts; set => contacts = [.. (value ?? []).Where(c => c is not null)]; }

    private List<PolicyContactInput> contacts = [];

    /// <summary>The version the user started from; a save against a newer one is refused.</summary>
    public int Version { get; set; }

    public static PolicyInput From(Policy p) => new()
    {
        Title = p.Title, DocumentNumber = p.DocumentNumber, Issuer = p.Issuer, Level = p.Level, Kind = p.Kind, AreaUnitId = p.AreaUnitId,
        EffectiveOn = p.EffectiveOn, ExpiresOn = p.ExpiresOn, Summary = p.Summary, FullText = p.FullText, IsPublished = p.IsPublished,
        ChainIds = [.. p.Chains.Select(c => c.ChainId)], DivisionCodes = [.. p.Industries.Select(i => i.DivisionCode)],
        Contacts = [.. p.Contacts.OrderBy(c => c.SortOrder).Select(c => new PolicyContactInput { Unit = c.Unit, Name = c.Name, Phone = c.Phone })],
        Version = p.Version,
    };
}
