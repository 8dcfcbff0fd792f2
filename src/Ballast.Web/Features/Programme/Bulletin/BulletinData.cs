using System.Text.Json.Serialization;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Programme;

/// <summary>The monthly bulletin (通报) of a reporting period: what the page, the .docx, the .xlsx
/// and <c>GET /api/programme/bulletin</c> all show. Names and texts are in the reader's language;
/// amounts of key projects are in 万元, indicator values in the indicator's unit.</summary>
public sealed record BulletinData(
    int Year, int Month, int Issue, IReadOnlyList<int> Months,
    string Title, string Period, string IssuedBy, DateOnly Date, decimal TimeProgress,
    IReadOnlyList<BulletinIndicator> Headlines, GroupFigure City, Rollup.Result Overall,
    IReadOnlyList<BulletinBattle> Battles,
    IReadOnlyList<DistrictRank> Districts, IReadOnlyList<DepartmentRank> Departments,
    IReadOnlyList<CurvePoint> Curve, BulletinLagging Lagging)
{
    [JsonIgnore]
    public IEnumerable<BulletinIndicator> Indicators => Battles.SelectMany(b => b.Indicators);
}
