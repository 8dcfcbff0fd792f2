using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

public static class DesignationsApi
{
    public sealed record KindYearCount(string KindCode, int Year, int Count);

    public static RouteGroupBuilder MapDesignationsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/designations", ListAsync).WithSummary("Designations (of firms the caller sees, and of areas), filtered by kind, level, year, district; 100 a page.");
        group.MapGet("/designations/counts", CountsAsync).WithSummary("How many designations of each kind were granted each year, under the same filters.");
        group.MapPost("/designations", (DesignationInput input, DesignationSave save, Texts t) => SaveAsync(null, input, save, t))
            .WithSummary("Record a designation. Only the department that records its kind (or the programme office) may; "
                + "expiry defaults to the end of year + the kind's validity; one per firm, kind and year.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/designations/{id:int}", (int id, DesignationInput input, DesignationSave save, Texts t) => SaveAsync(id, input, save, t))
            .WithSummary("Change a designation; send the version you read.")
            .RequireAuthorization(Policies.BusinessWrite);
        return group;
    }

    private static async Task<Ok<List<DesignationDto>>> ListAsync([AsParameters] DesignationQuery query, AppDbContext db) =>
        TypedResults.Ok(await DesignationDto.Of(query.Apply(db).AsNoTracking().OrderByDescending(d => d.Year).ThenBy(d => d.KindCode).ThenBy(d => d.Id)
            .Skip((query.PageNumber - 1) * DesignationQuery.PageSize).Take(DesignationQuery.PageSize)).ToListAsync());

    private static async Task<Ok<List<KindYearCount>>> CountsAsync([AsParameters] DesignationQuery query, AppDbContext db) =>
        TypedResults.Ok<List<KindYearCount>>([.. (await query.Apply(db).GroupBy(d => new { d.KindCode, d.Year })
            .Select(g => new { g.Key.KindCode, g.Key.Year, Count = g.Count() }).ToListAsync())
            .Select(c => new KindYearCount(c.KindCode, c.Year, c.Count)).OrderBy(c => c.KindCode, StringComparer.Ordinal).ThenBy(c => c.Year)]);

    private static async Task<IResult> SaveAsync(int? id, DesignationInput input, DesignationSave save, Texts t)
    {
        var result = await save.SaveAsync(id, input);
        if (result.Outcome != SaveOutcome.Saved)
        {
            return ApiAnswers.Failure(result, t);
        }
        var dto = new DesignationDto(result.Record!.Id, result.Record.KindCode, null, result.Record.EnterpriseId, result.Record.SubjectName,
            result.Record.DistrictUnitId, result.Record.Level, result.Record.Year, result.Record.ExpiresOn, result.Record.SourceDocument,
            result.Record.OwnerUnitId, result.Record.IsDemo, result.Record.Version);
        return id is null ? TypedResults.Created($"/api/enterprises/designations/{dto.Id}", dto) : TypedResults.Ok(dto);
    }
}
