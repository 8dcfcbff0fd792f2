using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Ballast.Web.Features.Enterprises;

/// <summary>What the system administrator may set on a designation kind (no mass assignment). The code is read
/// only when the kind is added: designations, imports and the programme's indicators refer to it.</summary>
public sealed class KindInput
{
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,39}$", ErrorMessage = "代码由小写字母、数字和 - 组成，不超过40位")]
    [Display(Name = "代码")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "请填写名称")]
    [StringLength(60, ErrorMessage = "名称不超过60字")]
    [Display(Name = "名称")]
    public string Name { get; set; } = "";

    [StringLength(120, ErrorMessage = "英文名称不超过120字")]
    [Display(Name = "英文名称")]
    public string? NameEn { get; set; }

    [Display(Name = "认定对象")]
    [JsonConverter(typeof(JsonStringEnumConverter<DesignationSubject>))]
    public DesignationSubject Subject { get; set; }

    [Display(Name = "通常级别")]
    [JsonConverter(typeof(JsonStringEnumConverter<DesignationLevel>))]
    public DesignationLevel DefaultLevel { get; set; }

    [Range(1, 10, ErrorMessage = "有效年限须在1至10年之间，长期有效的请留空")]
    [Display(Name = "有效年限")]
    public int? ValidYears { get; set; }

    [Display(Name = "认定部门")]
    public int? GrantingUnitId { get; set; }

    [Range(0, 100000, ErrorMessage = "排序号须在 0 到 100000 之间")]
    [Display(Name = "排序号")]
    public int SortOrder { get; set; }

    public void ApplyTo(DesignationKind k)
    {
        k.Name = Name.Trim();
        k.NameEn = string.IsNullOrWhiteSpace(NameEn) ? null : NameEn.Trim();
        k.Subject = Subject;
        k.DefaultLevel = DefaultLevel;
        k.ValidYears = ValidYears;
        k.GrantingUnitId = GrantingUnitId;
        k.SortOrder = SortOrder;
    }

    public static KindInput From(DesignationKind k) => new()
    {
        Code = k.Code, Name = k.Name, NameEn = k.NameEn, Subject = k.Subject, DefaultLevel = k.DefaultLevel,
        ValidYears = k.ValidYears, GrantingUnitId = k.GrantingUnitId, SortOrder = k.SortOrder,
    };
}
