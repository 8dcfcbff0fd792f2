using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ballast.Web.Features.Services;

/// <summary>Buildings and their entered tax through <see cref="BuildingSave"/>, the pages' own save path.</summary>
public static class BuildingsApi
{
    public sealed record BuildingDto(int Id, string Name, int OwnerUnitId, string District, string? Address, string? Theme,
        int? SpecialtyYear, DesignationLevel? SpecialtyLevel, decimal? FloorAreaM2, decimal? OccupancyPercent, int Firms,
        int Year, decimal? TaxWan, TaxSource TaxSource, string? TaxEnteredSource, bool IsDemo, int Version);

    public static RouteGroupBuilder MapBuildingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/buildings").WithTags("Buildings");
        group.MapGet("/", ListAsync)
            .WithSummary("Buildings in the caller's scope with their tax for the year (firms' sum, entered, or not reported), filtered like the list page.")
            .RequireAuthorization();
        group.MapGet("/{id:int}", GetAsync).WithSummary("One building with its tax for the year.").RequireAuthorization();
        group.MapPost("/", CreateAsync).WithSummary("Create a building in a district inside the caller's scope.")
            .Produces<BuildingDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}", UpdateAsync)
            .WithSummary("Change a building; send the version you read: 409 with the current version when someone changed it since.")
            .Produces<BuildingDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}/tax", SaveTaxAsync)
            .WithSummary("Enter the building's tax for a year with its source (used only when none of its firms reported); one figure per year.")
            .Produces<BuildingDto>().ProducesValidationProblem().Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static BuildingDto Dto(BuildingRow r, int year) => new(r.Id, r.Name, r.OwnerUnitId, Texts.Pick(r.District, r.DistrictEn), r.Address, r.Theme,
        r.SpecialtyYear, r.SpecialtyLevel, r.FloorAreaM2, r.OccupancyPercent, r.Firms, year, r.Tax.Wan, r.Tax.Source, r.Tax.EnteredSource, r.IsDemo, r.Version);

    private static async Task<Ok<List<BuildingDto>>> ListAsync([AsParameters] BuildingQuery query, HttpContext ctx, AppDbContext db)
    {
        var year = ProgrammeYear.Resolve(ctx, query.Year);
        return TypedResults.Ok((await query.RunAsync(db, year)).Select(r => Dto(r, year)).ToList());
    }

    private static async Task<Results<Ok<BuildingDto>, NotFound>> GetAsync(int id, int? year, HttpContext ctx, AppDbContext db)
    {
        var y = ProgrammeYear.Resolve(ctx, year);
        return (await new BuildingQuery().RunAsync(db, y, id)).SingleOrDefault() is { } row ? TypedResults.Ok(Dto(row, y)) : TypedResults.NotFound();
    }

    private static async Task<IResult> CreateAsync(BuildingInput input, BuildingSave save, HttpContext ctx, AppDbContext db, Texts t)
    {
        var result = await save.CreateAsync(input);
        return result.Outcome == ServiceSaveOutcome.Saved
            ? TypedResults.Created($"/api/buildings/{result.Id}", await OneAsync(db, ctx, result.Id!.Value))
            : ServiceResults.Failure(result, t);
    }

    private static async Task<IResult> UpdateAsync(int id, BuildingInput input, BuildingSave save, HttpContext ctx, AppDbContext db, Texts t)
    {
        var result = await save.UpdateAsync(id, input);
        return result.Outcome == ServiceSaveOutcome.Saved ? TypedResults.Ok(await OneAsync(db, ctx, id)) : ServiceResults.Failure(result, t);
    }

    private static async Task<IResult> SaveTaxAsync(int id, BuildingTaxInput input, BuildingSave save, AppDbContext db, Texts t)
    {
        var result = await save.SaveTaxAsync(id, input);
        return result.Outcome == ServiceSaveOutcome.Saved
            ? TypedResults.Ok(Dto((await new BuildingQuery().RunAsync(db, input.Year, id)).Single(), input.Year))
            : ServiceResults.Failure(result, t);
    }

    private static async Task<BuildingDto> OneAsync(AppDbContext db, HttpContext ctx, int id)
    {
        var year = ProgrammeYear.Resolve(ctx, null);
        return Dto((await new BuildingQuery().RunAsync(db, year, id)).Single(), year);
    }
}
