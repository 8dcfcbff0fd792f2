using Ballast.Web.Features.Programme;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Dashboard;

/// <summary>A headline figure: the value, its target from the plan's indicator, completion and
/// the link to the rows that make it; for investment, its share of the projects' plans too.</summary>
public sealed record Headline(string Key, string Title, decimal Value, string Unit, decimal? Target, string? TargetText, Progress? Progress, string Link,
    PlanShare? Plans = null);
