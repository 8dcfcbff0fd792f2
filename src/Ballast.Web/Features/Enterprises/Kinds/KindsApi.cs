using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The reference data of the registry for integrations: read by anyone signed in, written by the system administrator.</summary>
public static class KindsApi
{
    public static RouteGroupBuilder MapKindsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/kinds", async (AppDbContext db) => TypedResults.Ok(await db.DesignationKinds.AsNoTracking().OrderBy(k => k.SortOrder).ToListAsync()))
            .WithSummary("Designation kinds in their display order.");
        group.MapPost("/kinds", (KindInput input, KindSave save, Texts t) => SaveAsync(null, input, save, t))
            .WithSummary("Add a designation kind: code (lower-case letters, digits, hyphens) and Chinese name unique.")
            .RequireAuthorization(Policies.ManageReference);
        group.MapPut("/kinds/{code}", (string code, KindInput input, KindSave save, Texts t) => SaveAsync(code, input, save, t))
            .WithSummary("Change a designation kind; the code stays, and a kind already granted keeps its subject.")
            .RequireAuthorization(Policies.ManageReference);
        group.MapGet("/size-rules", async (AppDbContext db) => TypedResults.Ok(await db.SizeRules.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync()))
            .WithSummary("The national size table by sector: lower bounds of large, medium and small (employees; amounts in 10,000 yuan).");
        group.MapPut("/size-rules/{code}", SaveRuleAsync)
            .WithSummary("Change a row's bounds: a measure used by all three classes or none, large ≥ medium ≥ small.")
            .RequireAuthorization(Policies.ManageReference);
        return group;
    }

    private static async Task<IResult> SaveAsync(string? code, KindInput input, KindSave save, Texts t)
    {
        var result = await save.SaveAsync(code, input);
        if (result.Outcome != SaveOutcome.Saved)
        {
            return ApiAnswers.Failure(result, t);
        }
        return code is null ? TypedResults.Created($"/api/enterprises/kinds/{result.Record!.Code}", KindInput.From(result.Record))
            : TypedResults.Ok(KindInput.From(result.Record!));
    }

    private static async Task<IResult> SaveRuleAsync(string code, SizeRuleInput input, SizeRuleSave save, Texts t)
    {
        var result = await save.SaveAsync(code, input);
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Ok(SizeRuleInput.From(result.Record!)) : ApiAnswers.Failure(result, t);
    }
}
