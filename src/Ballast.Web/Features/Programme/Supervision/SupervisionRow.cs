using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>One item as the list, the export, the item page and the API show it.
/// <see cref="OverdueDays"/>, <see cref="DueSoon"/> and <see cref="PendingExtension"/> are as of
/// the day it was read.</summary>
public sealed record SupervisionRow(
    int Id, int Year, string Title, string? Detail, string Source, int? IndicatorId, string? IndicatorName, string? IndicatorNameEn,
    int OwnerUnitId, string UnitName, string? UnitNameEn, string IssuedBy, DateOnly IssuedOn, DateOnly DueOn,
    [property: JsonConverter(typeof(JsonStringEnumConverter<SupervisionState>))] SupervisionState State,
    string? Report, int ChaseCount, DateOnly? LastChasedOn, DateOnly? ClosedOn, int Version)
{
    public int? OverdueDays { get; init; }
    public bool DueSoon { get; init; }
    public ExtensionRequest? PendingExtension { get; init; }

    public static async Task<List<SupervisionRow>> LoadAsync(IQueryable<SupervisionItem> q, IQueryable<Indicator> indicators, DateOnly today,
        int take = SupervisionQuery.MaxRows)
    {
        var rows = await Select(q, indicators).Take(take).ToListAsync();
        return [.. rows.Select(r => r.AsOf(today))];
    }

    /// <summary>The rows without the as-of figures: what the export streams.</summary>
    public static IQueryable<SupervisionRow> Select(IQueryable<SupervisionItem> q, IQueryable<Indicator> indicators) => q.Select(s => new SupervisionRow(
        s.Id, s.Year, s.Title, s.Detail, s.Source, s.IndicatorId,
        indicators.Where(i => i.Id == s.IndicatorId).Select(i => i.Name).FirstOrDefault(),
        indicators.Where(i => i.Id == s.IndicatorId).Select(i => i.NameEn).FirstOrDefault(),
        s.OwnerUnitId, s.OwnerUnit!.Name, s.OwnerUnit.NameEn, s.IssuedBy, s.IssuedOn, s.DueOn,
        s.State, s.Report, s.ChaseCount, s.LastChasedOn, s.ClosedOn, s.Version));

    public SupervisionRow AsOf(DateOnly today) => this with
    {
        OverdueDays = SupervisionRules.DaysOverdue(State, DueOn, today),
        DueSoon = SupervisionRules.IsDueSoon(State, DueOn, today),
        PendingExtension = State == SupervisionState.Closed ? null : SupervisionNotes.PendingExtension(Detail),
    };
}
