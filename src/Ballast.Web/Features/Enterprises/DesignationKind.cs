namespace Ballast.Web.Features.Enterprises;

/// <summary>A kind of designation (专精特新“小巨人”, 单项冠军, 服务业集聚区 …): reference data an administrator extends.</summary>
public sealed class DesignationKind
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    /// <summary>Whether it is given to a firm or to an area or organisation (集聚区, 创新中心).</summary>
    public DesignationSubject Subject { get; set; }
    /// <summary>The level it is usually granted at; a record may say otherwise.</summary>
    public DesignationLevel DefaultLevel { get; set; }
    /// <summary>Years it stays valid before re-review (三年), if it expires.</summary>
    public int? ValidYears { get; set; }
    /// <summary>The department that records it (工信局 for 专精特新); it edits the designations of this kind.</summary>
    public int? GrantingUnitId { get; set; }
    public int SortOrder { get; set; }
}
