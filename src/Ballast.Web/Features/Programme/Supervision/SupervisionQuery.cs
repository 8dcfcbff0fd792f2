using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Features.Programme;

/// <summary>The supervision list's filters, all in the URL. Page, export and API apply the same
/// query. Nullable throughout so that the API treats every filter as optional; the year defaults
/// to the programme year being looked at.</summary>
public sealed class SupervisionQuery
{
    public const string Open = nameof(Open);
    public const int MaxRows = 2000;

    [FromQuery] public int? Year { get; set; }
    /// <summary>A <see cref="SupervisionState"/> name, or <c>Open</c> for anything not closed.</summary>
    [FromQuery] public string? State { get; set; }
    [FromQuery] public int? Unit { get; set; }
    [FromQuery] public bool? Overdue { get; set; }
    [FromQuery] public bool? DueSoon { get; set; }
    [FromQuery] public string? Source { get; set; }
    [FromQuery] public int? Indicator { get; set; }

    /// <summary>Which year, unit and source: the filters the headline counts keep.</summary>
    public IQueryable<SupervisionItem> ApplyScope(IQueryable<SupervisionItem> q, int year)
    {
        q = q.Where(s => s.Year == year);
        if (Unit is { } unit) { q = q.Where(s => s.OwnerUnitId == unit); }
        if (!string.IsNullOrEmpty(Source)) { q = q.Where(s => s.Source == Source); }
        if (Indicator is { } indicator) { q = q.Where(s => s.IndicatorId == indicator); }
        return q;
    }

    public IQueryable<SupervisionItem> Apply(IQueryable<SupervisionItem> q, int year, DateOnly today)
    {
        q = ApplyScope(q, year);
        if (State == Open)
        {
            q = OpenOnly(q);
        }
        else if (Enum.TryParse<SupervisionState>(State, ignoreCase: true, out var state) && Enum.IsDefined(state))
        {
            q = q.Where(s => s.State == state);
        }
        if (Overdue == true) { q = OverdueOnly(q, today); }
        if (DueSoon == true) { q = DueSoonOnly(q, today); }
        return q;
    }

    public static IQueryable<SupervisionItem> OpenOnly(IQueryable<SupervisionItem> q) => q.Where(s => s.State != SupervisionState.Closed);

    public static IQueryable<SupervisionItem> OverdueOnly(IQueryable<SupervisionItem> q, DateOnly today) =>
        OpenOnly(q).Where(s => s.DueOn < today);

    public static IQueryable<SupervisionItem> DueSoonOnly(IQueryable<SupervisionItem> q, DateOnly today)
    {
        var last = today.AddDays(SupervisionRules.DueSoonDays);
        return OpenOnly(q).Where(s => s.DueOn >= today && s.DueOn <= last);
    }

    /// <summary>Open work first, soonest due first.</summary>
    public static IQueryable<SupervisionItem> Sorted(IQueryable<SupervisionItem> q) =>
        q.OrderBy(s => s.State == SupervisionState.Closed).ThenBy(s => s.DueOn).ThenBy(s => s.Id);
}
