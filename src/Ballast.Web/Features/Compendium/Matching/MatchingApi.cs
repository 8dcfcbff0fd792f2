using Ballast.Web.Common;
using Ballast.Web.Common.Codes;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Matching for integrations: a policy's conditions (read and saved whole), the firms a policy selects, the policies a
/// firm is offered. The same save path, the same evaluator and the same scope as the pages.</summary>
public static class MatchingApi
{
    public static RouteGroupBuilder MapMatchingApi(this RouteGroupBuilder api)
    {
        var policies = api.MapGroup("/policies").WithTags("Policy matching");
        policies.MapGet("/{id:int}/conditions", ConditionsAsync).WithSummary("A policy's eligibility conditions, in order, with the policy's version.");
        policies.MapPut("/{id:int}/conditions", SaveConditionsAsync)
            .WithSummary("Replace a policy's conditions with the list sent (in order); send the version you read: 409 when someone changed it since. "
                + "Only the policy's owner unit may.").RequireAuthorization(Policies.BusinessWrite);
        policies.MapGet("/{id:int}/matches", MatchesAsync).WithSummary("The firms in the caller's scope that meet the policy's conditions, and those that "
            + "need checking (a figure not reported), with one reason per condition. ?year= (figures), ?day= (designations, parks), ?district=, ?chain=.");
        api.MapGet("/firms/{uscc}/policies", FirmPoliciesAsync).WithTags("Policy matching")
            .WithSummary("The policies in force that a firm (by USCC, in the caller's scope) is eligible for, needs checking for, or misses, with "
                + "reasons; ?expired=true adds the policies no longer in force.");
        return api;
    }

    private static async Task<IResult> ConditionsAsync(int id, AppDbContext db)
    {
        var policy = await db.Policies.AsNoTracking().Include(p => p.Conditions).SingleOrDefaultAsync(p => p.Id == id);
        return policy is null ? TypedResults.NotFound() : TypedResults.Ok(new ConditionList
        {
            Version = policy.Version, Conditions = [.. policy.Conditions.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(ConditionInput.From)],
        });
    }

    private static async Task<IResult> SaveConditionsAsync(int id, ConditionList input, ConditionSave save, Texts t)
    {
        var result = await save.SaveAsync(id, input);
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Ok(new { result.Record!.Id, result.Record.Version }) : ApiAnswers.Failure(result, t);
    }

    private static async Task<IResult> MatchesAsync(int id, int? year, DateOnly? day, int? district, int? chain, HttpContext ctx, AppDbContext db,
        Matcher matcher, TimeProvider time, Texts t)
    {
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }
        var options = Options(ctx, year, day, time) with { District = district, Chain = chain };
        var list = await matcher.FirmsForAsync(id, options, ctx.RequestAborted);
        return TypedResults.Ok(new MatchJson.PolicyMatches(policy.Id, policy.Code, policy.Title, options.Year, options.Day,
            PolicyWindow.InForceOn(policy, options.Day),
            list.Examined, list.Eligible, list.NeedsChecking, [.. list.Rows.Select(r => MatchJson.Of(r, t))]));
    }

    private static async Task<IResult> FirmPoliciesAsync(string uscc, int? year, DateOnly? day, bool? expired, HttpContext ctx, AppDbContext db,
        Matcher matcher, TimeProvider time, Texts t)
    {
        var check = Uscc.Check(uscc);
        if (check.Status == UsccStatus.Malformed)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["uscc"] = [t["统一社会信用代码有误"].Value + "：" + check.Problem] });
        }
        var firmId = await db.Enterprises.Where(e => e.Uscc == check.Value).Select(e => (int?)e.Id).SingleOrDefaultAsync();
        if (firmId is null)
        {
            return TypedResults.Problem(t["您的数据范围内没有该信用代码的企业"].Value, statusCode: StatusCodes.Status404NotFound);
        }
        var options = Options(ctx, year, day, time);
        var found = await matcher.PoliciesForAsync(firmId.Value, options, ctx.RequestAborted);
        return TypedResults.Ok(MatchJson.Of(found!.Value.Firm, found.Value.Offers, options, expired == true, t));
    }

    public static MatchOptions Options(HttpContext ctx, int? year, DateOnly? day, TimeProvider time)
    {
        var y = ProgrammeYear.Resolve(ctx, year);
        return new MatchOptions(y, day ?? PolicyWindow.DefaultDay(y, CityTime.Today(time)));
    }
}
