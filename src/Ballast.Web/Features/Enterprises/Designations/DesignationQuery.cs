using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The designation list's filters, in the URL; a firm's designation shows to who sees the firm.</summary>
public sealed class DesignationQuery
{
    [FromQuery] public string? Kind { get; set; }
    [FromQuery] public DesignationLevel? Level { get; set; }
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public int? District { get; set; }
    /// <summary>With a year: every designation granted up to it and still valid at its end (the plan's cumulative counts).</summary>
    [FromQuery] public bool? Cumulative { get; set; }
    [FromQuery(Name = "p")] public int? Page { get; set; }

    public const int PageSize = 100;

    public int PageNumber => Math.Max(Page ?? 1, 1);

    /// <summary>Without the year filter: the per-kind and per-year counts use every year.</summary>
    public IQueryable<Designation> Apply(AppDbContext db, bool withYear = true)
    {
        var q = Visible(db);
        if (!string.IsNullOrWhiteSpace(Kind)) { q = q.Where(d => d.KindCode == Kind.Trim()); }
        if (Level is { } level) { q = q.Where(d => d.Level == level); }
        if (withYear && Year is { } year)
        {
            var end = new DateOnly(year, 12, 31);
            q = Cumulative == true ? q.Where(d => d.Year <= year && (d.ExpiresOn == null || d.ExpiresOn >= end)) : q.Where(d => d.Year == year);
        }
        if (District is { } district) { q = q.Where(d => d.DistrictUnitId == district); }
        return q;
    }

    public static IQueryable<Designation> Visible(AppDbContext db) =>
        db.Designations.Where(d => d.EnterpriseId == null || db.Enterprises.Any(e => e.Id == d.EnterpriseId));
}
