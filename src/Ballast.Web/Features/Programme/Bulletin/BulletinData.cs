using System.Text.Json.Serialization;
using Ballast.Web.Features.Projects;
using Ballast.Web.Common.Tracking;

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

/// <summary>An indicator as the bulletin reports it. <see cref="Target"/> is written as the plan
/// writes it; <see cref="Unavailable"/> says why there is no value when its module is not built;
/// <see cref="Plans"/> is investment's second denominator (the projects' plans), named beside it.</summary>
public sealed record BulletinIndicator(
    string Code, string Name, string Battle, string? Task, IndicatorKind Kind, string? Unit,
    decimal? Value, bool? Done, string Target, Progress Progress, decimal? Score, decimal Weight,
    string? LeadUnit, string? Unavailable, string? Link, PlanShare? Plans = null);

public sealed record BulletinBattle(string Code, string Name, string? Slogan, Rollup.Result Rollup, IReadOnlyList<BulletinIndicator> Indicators);

/// <summary>A district's place by key-project completion; <see cref="Rank"/> is null when it has
/// not reported, and such districts come last.</summary>
public sealed record DistrictRank(int? Rank, GroupFigure Figure, string Link);

/// <summary>A lead department's place by the weighted average score of the indicators it leads.</summary>
public sealed record DepartmentRank(int? Rank, int UnitId, string Name, int Indicators, Rollup.Result Rollup);

/// <summary>An overdue problem or supervision item.</summary>
public sealed record OverdueItem(int Id, string Title, string? About, string? Unit, DateOnly DueOn, int DaysOverdue, string State, string Link);

/// <summary>What is behind: red indicators, the most lagging key projects, overdue problems and
/// overdue supervision items (the lists are capped; the counts are not).</summary>
public sealed record BulletinLagging(
    IReadOnlyList<BulletinIndicator> RedIndicators, IReadOnlyList<ProjectFigure> Projects,
    int OverdueProblemCount, IReadOnlyList<OverdueItem> OverdueProblems,
    int OverdueSupervisionCount, IReadOnlyList<OverdueItem> OverdueSupervision);
