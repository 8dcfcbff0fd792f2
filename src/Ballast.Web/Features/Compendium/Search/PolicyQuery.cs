using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Features.Compendium;

/// <summary>The policy list's filters, all in the URL so a view can be shared, bookmarked and exported as
/// shown. The page, the export and the API apply the same query through <see cref="PolicySearch"/>.</summary>
public sealed class PolicyQuery
{
    /// <summary>Words of the title, 文号, summary or full text (all must occur).</summary>
    [FromQuery] public string? Q { get; set; }
    [FromQuery] public PolicyLevel? Level { get; set; }
    [FromQuery] public PolicyKind? Kind { get; set; }
    /// <summary>The status as read today (an in-force policy past its expiry date is expired).</summary>
    [FromQuery] public PolicyStatus? Status { get; set; }
    [FromQuery] public string? Issuer { get; set; }
    [FromQuery] public int? Chain { get; set; }
    /// <summary>The district or park a policy applies in.</summary>
    [FromQuery] public int? Area { get; set; }
    /// <summary>The year the policy took effect.</summary>
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public bool? Published { get; set; }
    /// <summary>relevance (when searching), effective, title, expires; a leading '-' reverses.</summary>
    [FromQuery] public string? Sort { get; set; }
    [FromQuery(Name = "p")] public int? Page { get; set; }

    public const int PageSize = 50;

    public int PageNumber => Math.Max(Page ?? 1, 1);
}
