using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Programme;

/// <summary>A year's scoring scheme (考核方案) for one kind of unit (districts, departments).</summary>
public sealed class AssessmentScheme
{
    public int Id { get; set; }
    public int Year { get; set; }
    public UnitKind UnitKind { get; set; }
    public required string Name { get; set; }
    /// <summary>Once results are published, a weight changes only with a second person's approval.</summary>
    public bool IsPublished { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public List<AssessmentItem> Items { get; set; } = [];
}
