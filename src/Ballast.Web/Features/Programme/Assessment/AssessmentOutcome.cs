using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>A scheme's results for a reporting month. <see cref="Month"/> is null when the year
/// has no reporting period yet, and then nothing is ranked. Supervision is counted as of <see cref="AsOf"/> (today).</summary>
public sealed record AssessmentOutcome(AssessmentScheme Scheme, int? Month, IReadOnlyList<int> Months, DateOnly AsOf,
    IReadOnlyList<UnitResult> Ranking, IReadOnlyList<Unit> NotRanked, IReadOnlyDictionary<int, string> Unavailable,
    IReadOnlyDictionary<int, IndicatorResult> Indicators, IReadOnlyDictionary<int, Progress> Districts)
{
    /// <summary>The office sees the ranking at any time; everyone else once it is published.</summary>
    public bool Visible(UserScope user) => user.WritesAll || Scheme.IsPublished;

    /// <summary>A unit's item-by-item breakdown: the office's, or the unit's own once published.</summary>
    public bool ShowsBreakdown(UserScope user, int unitId) => user.WritesAll || (Scheme.IsPublished && user.UnitIds.Contains(unitId));
}
