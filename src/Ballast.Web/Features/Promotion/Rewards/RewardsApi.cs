using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

public static class RewardsApi
{
    public sealed record CaseDto(RewardRow Case, string? FormedSource, decimal? ComputedWan, bool Capped, string? NoticeObjection, string? PaymentReference,
        RewardRuleInput Rule, IReadOnlyList<ConfirmationLine> Confirmations, IReadOnlyList<FormedOffer> Offers);

    public static RouteGroupBuilder MapRewardsApi(this RouteGroupBuilder api)
    {
        var promotion = api.MapGroup("/promotion").WithTags("Promotion: referral rewards");
        promotion.MapGet("/reward-rules", async (AppDbContext db) => TypedResults.Ok(await db.RewardRules.AsNoTracking().OrderBy(r => r.Year).ToListAsync()))
            .WithSummary("The referral-reward rules, one per year.");
        promotion.MapPut("/reward-rules/{year:int}", SaveRuleAsync).WithSummary("Set a year's rule; unconfirmed rewards of that year are recomputed.")
            .RequireAuthorization(Policies.ProgrammeManage);
        var rewards = promotion.MapGroup("/rewards");
        rewards.MapGet("/", async (AppDbContext db, UserScope scope, int? year, RewardState? state, int? unitId) =>
            TypedResults.Ok(await RewardQuery.RowsAsync(db, scope, new(year, state, unitId)))).WithSummary("Reward cases the caller sees; filters year, state, unitId.");
        rewards.MapGet("/report", async (AppDbContext db, UserScope scope, int year) =>
            TypedResults.Ok(RewardReport.Of(year, await RewardQuery.RowsAsync(db, scope, new(year))))).WithSummary("A year's rewards by state and district.");
        rewards.MapGet("/{id:int}", GetAsync).WithSummary("One case: rule applied, confirmations, offers for the investment formed.");
        rewards.MapPost("/", async (RewardOpenInput input, RewardSave save, AppDbContext db, UserScope scope, Texts t) =>
            await Answer(await save.OpenAsync(input), db, scope, t, created: true)).WithSummary("Open a referred project's case.").RequireAuthorization(Policies.BusinessWrite);
        Step<FormedInput>(rewards, "investment", (s, id, i) => s.ConfirmInvestmentAsync(id, i), Policies.BusinessWrite, "Confirm the investment formed; computes.");
        Step<ConfirmationInput>(rewards, "confirmations", (s, id, i) => s.ConfirmAsync(id, i), Policies.BusinessWrite, "Your unit's line of the joint confirmation.");
        Step<NoticeInput>(rewards, "notice", (s, id, i) => s.StartNoticeAsync(id, i), Policies.BusinessWrite, "Start the public notice.");
        Step<ObjectionInput>(rewards, "objections", (s, id, i) => s.ObjectAsync(id, i, false), Policies.BusinessWrite, "Record an objection.");
        Step<ObjectionInput>(rewards, "objections/handled", (s, id, i) => s.ObjectAsync(id, i, true), Policies.ProgrammeManage, "Record the handling.");
        Step<PaymentInput>(rewards, "payment", (s, id, i) => s.PayAsync(id, i), Policies.BusinessWrite, "Record the payment after the notice.");
        Step<ReopenInput>(rewards, "reopen", (s, id, i) => s.ReopenAsync(id, i), Policies.ProgrammeManage, "Reopen an unpaid case from the start.");
        return api;
    }

    private static void Step<TInput>(RouteGroupBuilder rewards, string path, Func<RewardSave, int, TInput, Task<RecordSave<ReferralReward>>> act,
        string policy, string summary) =>
        rewards.MapPost("/{id:int}/" + path, async (int id, TInput? input, RewardSave save, AppDbContext db, UserScope scope, Texts t) =>
            input is null // a body of JSON null binds to nothing: refused, not a crash
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [t["请求内容不能为空"]] })
                : await Answer(await act(save, id, input), db, scope, t, created: false)).WithSummary(summary).RequireAuthorization(policy);

    private static async Task<IResult> SaveRuleAsync(int year, RewardRuleInput input, RewardRuleSave save, Texts t)
    {
        input.Year = year;
        var result = await save.SaveAsync(input);
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Ok(RewardRuleInput.From(result.Record!)) : ApiAnswers.Failure(result, t);
    }

    private static async Task<IResult> Answer(RecordSave<ReferralReward> result, AppDbContext db, UserScope scope, Texts t, bool created)
    {
        if (result.Outcome != SaveOutcome.Saved)
        {
            return ApiAnswers.Failure(result, t);
        }
        db.ChangeTracker.Clear();
        var dto = await GetAsync(result.Record!.Id, db, scope);
        return created && dto is Microsoft.AspNetCore.Http.HttpResults.Ok<CaseDto> ok
            ? TypedResults.Created($"/api/promotion/rewards/{result.Record.Id}", ok.Value) : dto;
    }

    private static async Task<IResult> GetAsync(int id, AppDbContext db, UserScope scope)
    {
        var c = await RewardCaseLoader.LoadAsync(db, scope, id);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var r = c.Reward;
        var row = (await RewardQuery.RowsAsync(db, scope, new(Id: id))).Single();
        return TypedResults.Ok(new CaseDto(row, r.FormedSource, r.ComputedWan, c.Computation?.Capped ?? false, r.NoticeObjection, r.PaymentReference,
            RewardRuleInput.From(c.Rule), c.Lines, c.Offers));
    }
}
