using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Features.Projects;

/// <summary>The problem list's filters, all in the URL. Page, export and API apply the same query.
/// Nullable throughout so that the API treats every filter as optional.</summary>
public sealed class ProblemQuery
{
    public const string Unresolved = nameof(Unresolved);

    /// <summary>A <see cref="ProblemState"/> name, or <c>Unresolved</c> for anything not resolved.</summary>
    [FromQuery] public string? State { get; set; }
    [FromQuery] public bool? Overdue { get; set; }
    [FromQuery] public bool? DueSoon { get; set; }
    [FromQuery] public int? Assigned { get; set; }
    /// <summary>Problems on projects the signed-in leader takes charge of (包抓).</summary>
    [FromQuery] public bool? Mine { get; set; }
    [FromQuery] public int? Project { get; set; }

    public const int MaxRows = 2000;

    /// <summary>Who and where: the filters the headline counts keep.</summary>
    public IQueryable<Problem> ApplyScope(IQueryable<Problem> q, int? userId)
    {
        if (Assigned is { } unit) { q = q.Where(p => p.AssignedUnitId == unit); }
        if (Project is { } project) { q = q.Where(p => p.ProjectId == project); }
        if (Mine == true) { q = q.Where(p => userId != null && p.Project!.Leader!.UserId == userId); }
        return q;
    }

    public IQueryable<Problem> Apply(IQueryable<Problem> q, DateOnly today, int? userId)
    {
        q = ApplyScope(q, userId);
        if (State == Unresolved)
        {
            q = q.Where(p => p.State != ProblemState.Resolved);
        }
        else if (Enum.TryParse<ProblemState>(State, ignoreCase: true, out var state) && Enum.IsDefined(state))
        {
            q = q.Where(p => p.State == state);
        }
        if (Overdue == true) { q = OverdueOnly(q, today); }
        if (DueSoon == true) { q = DueSoonOnly(q, today); }
        return q;
    }

    public static IQueryable<Problem> UnresolvedOnly(IQueryable<Problem> q) => q.Where(p => p.State != ProblemState.Resolved);

    public static IQueryable<Problem> OverdueOnly(IQueryable<Problem> q, DateOnly today) =>
        UnresolvedOnly(q).Where(p => p.DueOn < today);

    public static IQueryable<Problem> DueSoonOnly(IQueryable<Problem> q, DateOnly today)
    {
        var last = today.AddDays(ProblemRules.DueSoonDays);
        return UnresolvedOnly(q).Where(p => p.DueOn >= today && p.DueOn <= last);
    }

    /// <summary>Open work first, soonest due first.</summary>
    public static IQueryable<Problem> Sorted(IQueryable<Problem> q) =>
        q.OrderBy(p => p.State == ProblemState.Resolved).ThenBy(p => p.DueOn).ThenBy(p => p.Id);
}
