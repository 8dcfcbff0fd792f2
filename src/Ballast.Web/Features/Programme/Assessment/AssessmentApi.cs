using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>The annual assessment for integrations: the same results, rules and audit as the pages.</summary>
public static class AssessmentApi
{
    public sealed record ItemDto(int Id, int IndicatorId, string Indicator, decimal Weight);
    public sealed record ScoreItemDto(int ItemId, string Indicator, AssessmentRole Role, decimal Weight, decimal EffectiveWeight, Status Status, decimal Score);
    /// <summary>A ranked unit; <see cref="Items"/> only for the office and for the caller's own unit.</summary>
    public sealed record RankingRow(int Rank, int UnitId, string Unit, decimal Base, string BaseFormula, decimal Adjustments,
        int OverdueSupervision, decimal SupervisionDeduction, decimal Total, string TotalFormula, IReadOnlyList<ScoreItemDto>? Items);
    public sealed record ResultsDto(int SchemeId, int Year, UnitKind Kind, string Name, bool IsPublished, DateTimeOffset? PublishedAt,
        int? Month, DateOnly AsOf, IReadOnlyList<ItemDto> Items, IReadOnlyList<RankingRow> Ranking);
    public sealed record NewAdjustment(int Year, UnitKind Kind, int UnitId, decimal? Points, string? Reason);
    public sealed record NewWeightChange(int ItemId, decimal? ToWeight, string? Reason);
    public sealed record RequestDto(int Id, int ItemId, decimal FromWeight, decimal ToWeight, string Reason, string RequestedBy,
        DateTimeOffset RequestedAt, ChangeRequestState State, string? DecidedBy, DateTimeOffset? DecidedAt, int Version);

    public static RouteGroupBuilder MapAssessmentApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programme/assessment").WithTags("Programme");
        group.MapGet("/results", ResultsAsync)
            .WithSummary("A year's ranking for districts or departments (kind), from the latest reporting month unless month is given. "
                + "The office sees it at any time, everyone else once published; item breakdowns only for the office and the caller's own unit.");
        group.MapPost("/adjustments", async (NewAdjustment body, AppDbContext db, AssessmentActions actions, Texts t) =>
            {
                var schemeId = await db.AssessmentSchemes
                    .Where(s => s.Year == body.Year && s.UnitKind == body.Kind)
                    .Select(s => (int?)s.Id)
                    .SingleOrDefaultAsync();
                return Answer(
                    await actions.AddAdjustmentAsync(schemeId ?? 0, body.UnitId, body.Points, body.Reason),
                    t,
                    "/api/programme/assessment/adjustments/");
            })
            .WithSummary("Programme office: a bonus (+) or penalty (−) for a unit, with its reason (required).")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapGet("/weight-changes", async (int year, UnitKind kind, AppDbContext db, AssessmentActions actions) =>
                actions.IsOffice
                    ? Results.Ok(await db.WeightChangeRequests.AsNoTracking()
                        .Where(r => db.AssessmentItems.Any(i => i.Id == r.ItemId
                            && db.AssessmentSchemes.Any(s => s.Id == i.SchemeId && s.Year == year && s.UnitKind == kind)))
                        .OrderByDescending(r => r.Id)
                        .Select(r => new RequestDto(r.Id, r.ItemId, r.FromWeight, r.ToWeight, r.Reason, r.RequestedBy, r.RequestedAt, r.State,
                            r.DecidedBy, r.DecidedAt, r.Version))
                        .ToListAsync())
                    : Results.Forbid())
            .WithSummary("Programme office: the scheme's weight-change requests, newest first.");
        group.MapPost("/weight-changes", async (NewWeightChange body, AssessmentActions actions, Texts t) =>
                Answer(await actions.RequestWeightChangeAsync(body.ItemId, body.ToWeight, body.Reason), t, "/api/programme/assessment/weight-changes/"))
            .WithSummary("Programme office: ask for a weight change on a published scheme; it applies only when another office user approves it.")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapPost("/weight-changes/{id:int}/approve", async (int id, int? version, AssessmentActions actions, Texts t) =>
                Answer(await actions.DecideAsync(id, approve: true, version), t))
            .WithSummary("Programme office, not the requester: approve; the weight changes in the same save.")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapPost("/weight-changes/{id:int}/reject", async (int id, int? version, AssessmentActions actions, Texts t) =>
                Answer(await actions.DecideAsync(id, approve: false, version), t))
            .WithSummary("Programme office, not the requester: reject; the weight stays.")
            .RequireAuthorization(Policies.ProgrammeManage);
        return api;
    }

    private static async Task<IResult> ResultsAsync(int? year, UnitKind? kind, int? month, HttpContext ctx, AppDbContext db,
        AssessmentResults results, UserScope scope, Texts t)
    {
        var y = ProgrammeYear.Resolve(ctx, year);
        var k = kind == UnitKind.Department ? UnitKind.Department : UnitKind.District;
        if (scope.WritesAll)
        {
            await AssessmentSeed.EnsureAsync(db, y);
        }
        var outcome = await results.ComputeAsync(y, k, month);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }
        if (!outcome.Visible(scope))
        {
            return TypedResults.Problem(t["考核结果尚未发布"].Value, statusCode: StatusCodes.Status403Forbidden);
        }
        var s = outcome.Scheme;
        return TypedResults.Ok(new ResultsDto(s.Id, s.Year, s.UnitKind, t[s.Name], s.IsPublished, s.PublishedAt, outcome.Month, outcome.AsOf,
            [.. s.Items.Select(i => new ItemDto(i.Id, i.IndicatorId, Texts.Pick(i.Indicator!.Name, i.Indicator.NameEn), i.Weight))],
            [.. outcome.Ranking.Select(r => new RankingRow(r.Rank, r.Unit.UnitId, Texts.Pick(r.Unit.Name, r.Unit.NameEn), r.Base, r.BaseFormula,
                r.Adjustments, r.OverdueSupervision, r.SupervisionDeduction, r.Total, r.TotalFormula,
                outcome.ShowsBreakdown(scope, r.Unit.UnitId)
                    ? [.. r.Unit.Items.Select(i => new ScoreItemDto(i.ItemId, Texts.Pick(i.Name, i.NameEn), i.Role, i.Weight,
                        i.EffectiveWeight, i.Status, i.Score))]
                    : null))]));
    }

    private static IResult Answer(AssessmentChange change, Texts t, string? created = null) => change.Outcome switch
    {
        ChangeOutcome.Done when created is not null => TypedResults.Created(created + change.Id, new { id = change.Id }),
        ChangeOutcome.Done => TypedResults.NoContent(),
        ChangeOutcome.Forbidden => TypedResults.Forbid(),
        ChangeOutcome.NotFound => TypedResults.NotFound(),
        _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["assessment"] = [t[change.Error!]] }),
    };
}
