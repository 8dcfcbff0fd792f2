using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Lists;

/// <summary>What a user may set on a carrier, and nothing more (no mass assignment): the page and
/// the API both bind this. The area rule that depends on the kind is in <see cref="ListRules"/>.</summary>
public sealed class CarrierInput
{
    [Required(ErrorMessage = "请填写载体名称")]
    [StringLength(200, ErrorMessage = "载体名称不超过200字")]
    [Display(Name = "载体名称")]
    public string Name { get; set; } = "";

    [Display(Name = "类型")]
    public CarrierKind Kind { get; set; }

    [StringLength(300, ErrorMessage = "位置不超过300字")]
    [Display(Name = "位置")]
    public string? Location { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "请选择责任单位")]
    [Display(Name = "责任单位")]
    public int OwnerUnitId { get; set; }

    [Display(Name = "所在园区")]
    public int? ParkUnitId { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "面积（亩）须在 0 到 100,000,000 之间")]
    [Display(Name = "土地面积（亩）")]
    public decimal? AreaMu { get; set; }

    [Range(typeof(decimal), "0", "100000000000", ErrorMessage = "面积（平方米）须在 0 到 100,000,000,000 之间")]
    [Display(Name = "建筑面积（平方米）")]
    public decimal? AreaSquareMetres { get; set; }

    [Display(Name = "供应状态")]
    public CarrierAvailability Availability { get; set; }

    [Display(Name = "可供日期")]
    public DateOnly? AvailableFrom { get; set; }

    [StringLength(100, ErrorMessage = "联系方式不超过100字")]
    [Display(Name = "联系方式")]
    public string? Contact { get; set; }

    [StringLength(1000, ErrorMessage = "备注不超过1000字")]
    [Display(Name = "备注")]
    public string? Note { get; set; }

    /// <summary>The version the user read; required when changing through the API.</summary>
    public int? Version { get; set; }

    public void ApplyTo(Carrier c)
    {
        c.Name = Name.Trim();
        c.Kind = Kind;
        c.Location = Clean(Location);
        c.OwnerUnitId = OwnerUnitId;
        c.ParkUnitId = ParkUnitId;
        c.AreaMu = AreaMu;
        c.AreaSquareMetres = AreaSquareMetres;
        c.Availability = Availability;
        c.AvailableFrom = AvailableFrom;
        c.Contact = Clean(Contact);
        c.Note = Clean(Note);
    }

    public static CarrierInput From(Carrier c) => new()
    {
        Name = c.Name, Kind = c.Kind, Location = c.Location, OwnerUnitId = c.OwnerUnitId, ParkUnitId = c.ParkUnitId,
        AreaMu = c.AreaMu, AreaSquareMetres = c.AreaSquareMetres, Availability = c.Availability, AvailableFrom = c.AvailableFrom,
        Contact = c.Contact, Note = c.Note, Version = c.Version,
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
