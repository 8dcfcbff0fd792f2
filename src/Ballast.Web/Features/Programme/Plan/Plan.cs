namespace Ballast.Web.Features.Programme;

/// <summary>A year's plan (年度工作要点).</summary>
public sealed class Plan
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public string? IssuedBy { get; set; }
    public List<Battle> Battles { get; set; } = [];
}
