using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

public static class PoliciesApi
{
    public static RouteGroupBuilder MapPoliciesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/policies").WithTags("Policies");
        group.MapPolicyImportApi();
        group.MapGet("/", ListAsync).WithSummary("Policies filtered and searched like the compendium list (same query parameters), 50 a page.");
        group.MapGet("/{id:int}", GetAsync).WithSummary("One policy.");
        group.MapPost("/", CreateAsync).WithSummary("Create a policy; its public code is assigned once and never changes.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}", UpdateAsync).WithSummary("Change a policy; send the version you read (409 when someone changed it since).")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/status", StatusAsync)
            .WithSummary("Move a policy to another status (in force, expired, replaced by replacedById, repealed), with its history.")
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<Ok<List<PolicyDto>>> ListAsync([AsParameters] PolicyQuery query, PolicySearch search, AppDbContext db)
    {
        var today = CityTime.Today(db.Time);
        var terms = SearchTerms.Of(query.Q);
        var page = await search.Apply(query).Include(p => p.Chains).Include(p => p.Industries).Include(p => p.Contacts)
            .AsSingleQuery().Skip((query.PageNumber - 1) * PolicyQuery.PageSize).Take(PolicyQuery.PageSize).ToListAsync();
        return TypedResults.Ok(page.Select(p => PolicyHit.Of(p, terms, today)).Select(h => PolicyDto.Of(h.Policy, h.Status, h.TitleHtml, h.SnippetHtml)).ToList());
    }

    private static async Task<Results<Ok<PolicyDto>, NotFound>> GetAsync(int id, AppDbContext db)
    {
        var p = await Load(db, id);
        return p is null ? TypedResults.NotFound() : TypedResults.Ok(PolicyDto.Of(p, PolicyStatuses.Effective(p, CityTime.Today(db.Time))));
    }

    private static async Task<IResult> CreateAsync(PolicyInput input, PolicySave save, AppDbContext db, Texts t)
    {
        var result = await save.CreateAsync(input);
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Created($"/api/policies/{result.Policy!.Id}", await DtoAsync(db, result.Policy.Id))
            : Failure(result, t);
    }

    private static async Task<IResult> UpdateAsync(int id, PolicyInput input, PolicySave save, AppDbContext db, Texts t)
    {
        var result = await save.UpdateAsync(id, input);
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Ok(await DtoAsync(db, id)) : Failure(result, t);
    }

    private static async Task<IResult> StatusAsync(int id, StatusInput input, PolicyStatusSave save, AppDbContext db, Texts t)
    {
        var result = await save.ChangeAsync(id, input);
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Ok(await DtoAsync(db, id)) : Failure(result, t);
    }

    private static async Task<PolicyDto> DtoAsync(AppDbContext db, int id)
    {
        db.ChangeTracker.Clear();
        var p = (await Load(db, id))!;
        return PolicyDto.Of(p, PolicyStatuses.Effective(p, CityTime.Today(db.Time)));
    }

    private static Task<Policy?> Load(AppDbContext db, int id) =>
        db.Policies.AsNoTracking().Include(p => p.Chains).Include(p => p.Industries).Include(p => p.Contacts).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id);

    private static IResult Failure(PolicySaveResult result, Texts t) => result.Outcome switch
    {
        SaveOutcome.NotFound => TypedResults.NotFound(),
        SaveOutcome.Forbidden => TypedResults.Problem(result.Errors.FirstOrDefault().Message ?? t["数据范围之外的记录不能修改"].Value,
            statusCode: StatusCodes.Status403Forbidden),
        SaveOutcome.Conflict => TypedResults.Conflict(new { title = t["该政策已被他人修改，您的修改未保存"].Value, current = result.CurrentVersion }),
        _ => TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
    };
}
