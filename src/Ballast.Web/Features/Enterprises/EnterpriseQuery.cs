using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The firm list's filters, all in the URL: the page, its export and the API apply the same query.
/// <see cref="Year"/> is the year whose figures (size class, revenue) the list shows and designations are counted in.</summary>
public sealed class EnterpriseQuery
{
    /// <summary>Name (current or former) or USCC.</summary>
    [FromQuery] public string? Q { get; set; }
    [FromQuery] public int? District { get; set; }
    [FromQuery] public int? Chain { get; set; }
    /// <summary>GB/T 4754 division, two digits.</summary>
    [FromQuery] public string? Division { get; set; }
    [FromQuery] public SizeClass? Size { get; set; }
    [FromQuery] public bool? AboveScale { get; set; }
    /// <summary>Designation kind code: firms holding one (granted in <see cref="Year"/> when given).</summary>
    [FromQuery] public string? Kind { get; set; }
    [FromQuery] public int? Year { get; set; }
    /// <summary>name or revenue; a leading '-' sorts descending.</summary>
    [FromQuery] public string? Sort { get; set; }
    [FromQuery(Name = "p")] public int? Page { get; set; }

    public const int PageSize = 50;

    public int PageNumber => Math.Max(Page ?? 1, 1);

    public IQueryable<Enterprise> Apply(AppDbContext db, int figuresYear)
    {
        var q = db.Enterprises.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            var code = Common.Text.TextNormalizer.Code(text);
            q = q.Where(e => e.Name.Contains(text) || (e.FormerNames != null && e.FormerNames.Contains(text)) || e.Uscc == code);
        }
        if (District is { } district) { q = q.Where(e => e.OwnerUnitId == district); }
        if (Chain is { } chain) { q = chain == 0 ? q.Where(e => e.ChainId == null) : q.Where(e => e.ChainId == chain); }
        if (!string.IsNullOrWhiteSpace(Division)) { q = q.Where(e => e.IndustryDivisionCode == Division.Trim()); }
        if (AboveScale is { } above) { q = q.Where(e => e.IsAboveScale == above); }
        if (Size is { } size)
        {
            q = q.Where(e => db.EnterpriseYears.Any(y => y.EnterpriseId == e.Id && y.Year == figuresYear && y.SizeClass == size));
        }
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            var kind = Kind.Trim();
            q = Year is { } year
                ? q.Where(e => db.Designations.Any(d => d.EnterpriseId == e.Id && d.KindCode == kind && d.Year == year))
                : q.Where(e => db.Designations.Any(d => d.EnterpriseId == e.Id && d.KindCode == kind));
        }
        return q;
    }

    public IQueryable<Enterprise> Sorted(AppDbContext db, IQueryable<Enterprise> q, int figuresYear) => Sort switch
    {
        "-name" => q.OrderByDescending(e => e.Name).ThenBy(e => e.Id),
        "revenue" => q.OrderBy(e => (double?)db.EnterpriseYears.Where(y => y.EnterpriseId == e.Id && y.Year == figuresYear).Select(y => y.Revenue).FirstOrDefault())
            .ThenBy(e => e.Id),
        "-revenue" => q.OrderByDescending(e => (double?)db.EnterpriseYears.Where(y => y.EnterpriseId == e.Id && y.Year == figuresYear)
            .Select(y => y.Revenue).FirstOrDefault()).ThenBy(e => e.Id),
        _ => q.OrderBy(e => e.Name).ThenBy(e => e.Id),
    };
}
