using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The registry for integrations: the same query, the same save paths and the same scope as the pages.</summary>
public static class EnterprisesApi
{
    public sealed record EnterpriseDetail(EnterpriseRow Firm, EnterpriseInput Fields, IReadOnlyList<DesignationDto> Designations,
        IReadOnlyList<YearDto> Years, IReadOnlyList<int> ProjectIds);

    public static RouteGroupBuilder MapEnterprisesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/enterprises").WithTags("Enterprises");
        group.MapGet("/", ListAsync).WithSummary("Firms in the caller's scope, filtered like the firm list (same query parameters), 50 a page; "
            + "figures of ?year= (the programme year when absent), null where not reported.");
        group.MapGet("/{id:int}", GetAsync).WithSummary("A firm with its fields, designations, yearly figures and the projects it invests in.");
        group.MapPost("/", CreateAsync).WithSummary("Register a firm in a district inside the caller's scope. A USCC failing its check "
            + "needs usccNote; a firm without USCC needs country or notRegistered.").RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}", UpdateAsync).WithSummary("Change a firm; send the version you read: 409 when someone changed it since.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/{id:int}/designations", DesignationsAsync).WithSummary("The firm's designations.");
        group.MapGet("/{id:int}/years", YearsAsync).WithSummary("The firm's yearly figures (万元), one row per reported year.");
        group.MapPut("/{id:int}/years", SaveYearAsync)
            .WithSummary("Enter or correct the figures of the year the body names (万元; source required); the size class is computed. Owned by the unit that entered them.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapDesignationsApi();
        group.MapKindsApi();
        group.MapEnterpriseImportApi();
        return api;
    }

    private static async Task<Ok<List<EnterpriseRow>>> ListAsync([AsParameters] EnterpriseQuery query, HttpContext ctx, AppDbContext db)
    {
        var year = ProgrammeYear.Resolve(ctx, query.Year);
        var q = query.Sorted(db, query.Apply(db, year), year).Skip((query.PageNumber - 1) * EnterpriseQuery.PageSize).Take(EnterpriseQuery.PageSize);
        return TypedResults.Ok(await EnterpriseRow.Of(db, q, year).ToListAsync());
    }

    private static async Task<Results<Ok<EnterpriseDetail>, NotFound>> GetAsync(int id, HttpContext ctx, AppDbContext db)
    {
        var firm = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (firm is null)
        {
            return TypedResults.NotFound();
        }
        var row = (await EnterpriseRow.OneAsync(db, id, ProgrammeYear.Resolve(ctx, null)))!;
        var projects = await db.Projects.AsNoTracking().Where(p => p.InvestorEnterpriseId == id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        return TypedResults.Ok(new EnterpriseDetail(row, EnterpriseInput.From(firm), await DesignationDto.OfFirmAsync(db, id),
            await YearDto.OfFirmAsync(db, id), projects));
    }

    private static async Task<IResult> CreateAsync(EnterpriseInput input, EnterpriseSave save, HttpContext ctx, AppDbContext db, Texts t)
    {
        var result = await save.CreateAsync(input);
        return result.Outcome == SaveOutcome.Saved
            ? TypedResults.Created($"/api/enterprises/{result.Record!.Id}", await EnterpriseRow.OneAsync(db, result.Record.Id, ProgrammeYear.Resolve(ctx, null)))
            : ApiAnswers.Failure(result, t);
    }

    private static async Task<IResult> UpdateAsync(int id, EnterpriseInput input, EnterpriseSave save, HttpContext ctx, AppDbContext db, Texts t)
    {
        var result = await save.UpdateAsync(id, input);
        return result.Outcome == SaveOutcome.Saved
            ? TypedResults.Ok(await EnterpriseRow.OneAsync(db, id, ProgrammeYear.Resolve(ctx, null)))
            : ApiAnswers.Failure(result, t);
    }

    private static async Task<Results<Ok<IReadOnlyList<DesignationDto>>, NotFound>> DesignationsAsync(int id, AppDbContext db) =>
        await db.Enterprises.AnyAsync(e => e.Id == id) ? TypedResults.Ok(await DesignationDto.OfFirmAsync(db, id)) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<YearDto>>, NotFound>> YearsAsync(int id, AppDbContext db) =>
        await db.Enterprises.AnyAsync(e => e.Id == id) ? TypedResults.Ok(await YearDto.OfFirmAsync(db, id)) : TypedResults.NotFound();

    private static async Task<IResult> SaveYearAsync(int id, EnterpriseYearInput input, EnterpriseYearSave save, Texts t)
    {
        var result = await save.SaveAsync(id, input);
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Ok(YearDto.Of(result.Record!)) : ApiAnswers.Failure(result, t);
    }
}
