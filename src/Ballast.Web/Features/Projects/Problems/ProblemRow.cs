using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

/// <summary>One line of the problem list, as the page, the export and the API show it.
/// <see cref="OverdueDays"/> and <see cref="DueSoon"/> are as of the day the list was read.</summary>
public sealed record ProblemRow(
    int Id, int ProjectId, string ProjectName, int OwnerUnitId, string Title, string? Detail,
    int? AssignedUnitId, string? AssignedUnitName, string? AssignedUnitNameEn,
    DateOnly RaisedOn, string RaisedBy, DateOnly DueOn, [property: JsonConverter(typeof(JsonStringEnumConverter<ProblemState>))] ProblemState State,
    string? Answer, DateOnly? ResolvedOn, int Version)
{
    public int? OverdueDays { get; init; }
    public bool DueSoon { get; init; }

    public static async Task<List<ProblemRow>> LoadAsync(IQueryable<Problem> q, DateOnly today, int take = ProblemQuery.MaxRows)
    {
        var rows = await Select(q).Take(take).ToListAsync();
        return [.. rows.Select(r => r.AsOf(today))];
    }

    /// <summary>The rows without the as-of figures: what the export streams.</summary>
    public static IQueryable<ProblemRow> Select(IQueryable<Problem> q) => q.Select(p => new ProblemRow(
        p.Id, p.ProjectId, p.Project!.Name, p.OwnerUnitId, p.Title, p.Detail,
        p.AssignedUnitId, p.AssignedUnit!.Name, p.AssignedUnit.NameEn,
        p.RaisedOn, p.RaisedBy, p.DueOn, p.State, p.Answer, p.ResolvedOn, p.Version));

    public ProblemRow AsOf(DateOnly today) => this with
    {
        OverdueDays = ProblemRules.DaysOverdue(State, DueOn, today),
        DueSoon = ProblemRules.IsDueSoon(State, DueOn, today),
    };
}
