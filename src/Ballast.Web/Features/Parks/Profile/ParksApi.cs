using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Parks, their profile, "5个1" and entered yearly figures through the pages' own save paths.</summary>
public static class ParksApi
{
    public sealed record ParkDto(int Id, int UnitId, string Name, int DistrictUnitId, string District, int? ChainId, string? Chain,
        decimal? PlannedAreaMu, decimal? UsedAreaMu, DateOnly? ListedOn, ParkStatus Status, bool IsBenchmark, int MechanismsInPlace, int Firms,
        int Year, decimal? OutputWan, OutputSource OutputSource, decimal? FirmsOutputWan, int ReportingFirms, decimal? EnteredOutputWan,
        string? EnteredSource, decimal? RevenueWan, decimal? HighestTierYi, bool IsDemo, int Version);

    public sealed record MechanismDto(MechanismItem Item, MechanismState State, string? Note, string? EvidenceDocument, string? EvidenceFileName,
        DateOnly? UpdatedOn, int Version);

    public static RouteGroupBuilder MapParksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks").WithTags("Parks");
        group.MapGet("/", ListAsync).WithSummary("Parks with their output for the year (entered, or the firms' sum, or not reported), filtered like the list page.")
            .RequireAuthorization();
        group.MapGet("/{id:int}", GetAsync).WithSummary("One park with its output for the year.").Produces<ParkDto>().Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization();
        group.MapPost("/", CreateAsync).WithSummary("Open the profile of a park unit that has none (query: unitId).")
            .Produces<ParkDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}", UpdateAsync)
            .WithSummary("Change a park's profile; send the version you read: 409 with the current version when someone changed it since.")
            .Produces<ParkDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}/years", SaveYearAsync)
            .WithSummary("Enter the park's output and revenue for a year (万元) with their source; an entered figure wins over the firms' sum.")
            .Produces<ParkDto>().ProducesValidationProblem().Produces(StatusCodes.Status404NotFound).RequireAuthorization(Policies.BusinessWrite);
        group.MapDelete("/{id:int}/years/{year:int}", DeleteYearAsync)
            .WithSummary("Remove the entered figures of a year: the park's figure goes back to its firms' sum.")
            .Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status404NotFound).RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/{id:int}/mechanisms", MechanismsAsync).WithSummary("The park's five \"5个1\" items, recorded or not.").RequireAuthorization();
        group.MapPut("/{id:int}/mechanisms/{item}", SaveMechanismAsync)
            .WithSummary("Record one \"5个1\" item (TaskForce, Plan, PolicyPackage, PromotionTeam, Fund): state, note, evidence document. "
                + "InPlace needs an evidence document or file.")
            .Produces<MechanismDto>().ProducesValidationProblem().Produces(StatusCodes.Status404NotFound).RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/mechanisms/{item}/evidence", UploadAsync).DisableAntiforgery()
            .WithSummary("Attach the item's evidence file (multipart field 'file'), inspected like every evidence upload; replaces the one before.")
            .Produces<MechanismDto>().ProducesValidationProblem().Produces(StatusCodes.Status404NotFound).RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/{id:int}/mechanisms/{item}/evidence", DownloadAsync)
            .WithSummary("Download the item's evidence file, as an attachment.").RequireAuthorization();
        return api;
    }

    internal static ParkDto Dto(ParkRow r, int year, ParkTiers tiers) => new(r.Id, r.UnitId, Texts.Pick(r.Name, r.NameEn), r.DistrictUnitId,
        Texts.Pick(r.District, r.DistrictEn), r.ChainId, r.Chain is null ? null : Texts.Pick(r.Chain, r.ChainEn), r.PlannedAreaMu, r.UsedAreaMu,
        r.ListedOn, r.Status, r.IsBenchmark, r.MechanismsInPlace, r.Firms, year, r.Output.Output, r.Output.Source, r.Output.FirmsOutput,
        r.Output.ReportingFirms, r.Output.EnteredOutput, r.Output.EnteredSource, r.Output.Revenue, tiers.HighestReached(r.Output.Output), r.IsDemo, r.Version);

    private static async Task<Ok<List<ParkDto>>> ListAsync([AsParameters] ParkQuery query, HttpContext ctx, AppDbContext db, ParkTiers tiers)
    {
        var year = ProgrammeYear.Resolve(ctx, query.Year);
        return TypedResults.Ok((await query.RunAsync(db, year)).Select(r => Dto(r, year, tiers)).ToList());
    }

    private static async Task<Results<Ok<ParkDto>, NotFound>> GetAsync(int id, int? year, HttpContext ctx, AppDbContext db, ParkTiers tiers)
    {
        var y = ProgrammeYear.Resolve(ctx, year);
        return await OneAsync(db, id, y, tiers) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();
    }

    private static async Task<ParkDto?> OneAsync(AppDbContext db, int id, int year, ParkTiers tiers) =>
        (await new ParkQuery().RunAsync(db, year, id)).SingleOrDefault() is { } row ? Dto(row, year, tiers) : null;

    private static async Task<IResult> CreateAsync(int unitId, ParkInput input, ParkSave save, HttpContext ctx, AppDbContext db, ParkTiers tiers, Texts t)
    {
        var result = await save.CreateAsync(unitId, input);
        return result.Outcome == ParkSaveOutcome.Saved
            ? TypedResults.Created($"/api/parks/{result.Id}", await OneAsync(db, result.Id!.Value, ProgrammeYear.Resolve(ctx, null), tiers))
            : ParkResults.Failure(result, t);
    }

    private static async Task<IResult> UpdateAsync(int id, ParkInput input, ParkSave save, HttpContext ctx, AppDbContext db, ParkTiers tiers, Texts t)
    {
        var result = await save.UpdateAsync(id, input);
        return result.Outcome == ParkSaveOutcome.Saved
            ? TypedResults.Ok(await OneAsync(db, id, ProgrammeYear.Resolve(ctx, null), tiers))
            : ParkResults.Failure(result, t);
    }

    private static async Task<IResult> SaveYearAsync(int id, ParkYearInput input, ParkSave save, AppDbContext db, ParkTiers tiers, Texts t)
    {
        var result = await save.SaveYearAsync(id, input);
        return result.Outcome == ParkSaveOutcome.Saved ? TypedResults.Ok(await OneAsync(db, id, input.Year, tiers)) : ParkResults.Failure(result, t);
    }

    private static async Task<IResult> DeleteYearAsync(int id, int year, ParkSave save, Texts t)
    {
        var result = await save.DeleteYearAsync(id, year);
        return result.Outcome == ParkSaveOutcome.Saved ? TypedResults.NoContent() : ParkResults.Failure(result, t);
    }

    internal static async Task<List<MechanismDto>> MechanismListAsync(AppDbContext db, int id)
    {
        var rows = await db.ParkMechanisms.AsNoTracking().Where(m => m.ParkId == id)
            .Select(m => new MechanismDto(m.Item, m.State, m.Note, m.EvidenceDocument, m.EvidenceFileName, m.UpdatedOn, m.Version)).ToListAsync();
        return [.. Enum.GetValues<MechanismItem>().Select(i => rows.FirstOrDefault(r => r.Item == i) ?? new MechanismDto(i, MechanismState.Missing, null, null, null, null, 0))];
    }

    private static async Task<Results<Ok<List<MechanismDto>>, NotFound>> MechanismsAsync(int id, AppDbContext db) =>
        await db.Parks.AnyAsync(p => p.Id == id) ? TypedResults.Ok(await MechanismListAsync(db, id)) : TypedResults.NotFound();

    private static async Task<IResult> SaveMechanismAsync(int id, MechanismItem item, MechanismInput input, MechanismSave save, AppDbContext db, Texts t)
    {
        var result = await save.SaveAsync(id, item, input);
        return result.Outcome == ParkSaveOutcome.Saved
            ? TypedResults.Ok((await MechanismListAsync(db, id)).Single(m => m.Item == item))
            : ParkResults.Failure(result, t);
    }

    private static async Task<IResult> UploadAsync(int id, MechanismItem item, IFormFile file, MechanismSave save, UploadInspector inspector,
        AppDbContext db, Texts t, CancellationToken cancellationToken)
    {
        var inspection = await inspector.InspectAsync(file, UploadPurpose.Evidence, cancellationToken);
        if (!inspection.Passed)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [inspection.Refusal.Message(t)] });
        }
        var result = await save.UploadAsync(id, item, inspection.Upload);
        return result.Outcome == ParkSaveOutcome.Saved
            ? TypedResults.Ok((await MechanismListAsync(db, id)).Single(m => m.Item == item))
            : ParkResults.Failure(result, t);
    }

    private static async Task<IResult> DownloadAsync(int id, MechanismItem item, AppDbContext db, HttpContext ctx) =>
        await EvidenceFile.ServeAsync(db, ctx.Response, id, item) is { } file ? file : TypedResults.NotFound();
}
