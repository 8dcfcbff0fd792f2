using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

public static class DispatchApi
{
    public sealed record OpenPeriod(int Year, int Month, DateOnly DueOn);
    public sealed record SaveReports(IReadOnlyList<ReportEntry> Entries, bool Submit);
    public sealed record Act(DispatchAction Action, string? Reason);
    public sealed record ReportDto(int Id, int KeyProjectId, int ProjectId, string ProjectName, int Month, decimal CompletedWan,
        string? PhysicalProgress, ReportState State, bool SubmittedLate, string? ReturnReason, int Version);

    public static RouteGroupBuilder MapDispatchApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/dispatch").WithTags("Dispatch");
        group.MapGet("/periods", async (AppDbContext db, int year) =>
            TypedResults.Ok(await db.ReportingPeriods.Where(p => p.Year == year).OrderBy(p => p.Month).ToListAsync()))
            .WithSummary("The year's reporting periods (February is the first, covering January–February).");
        group.MapPost("/periods", async (OpenPeriod body, DispatchService dispatch, Texts t) =>
            {
                var (period, error) = await dispatch.OpenPeriodAsync(body.Year, body.Month, body.DueOn);
                return error is null ? Results.Created($"/api/dispatch/periods/{period!.Id}", period) : Results.Problem(t[error].Value, statusCode: 400);
            })
            .WithSummary("Programme office: open a month for reporting.")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapGet("/periods/{id:int}/reports", async (int id, AppDbContext db) =>
            TypedResults.Ok(await db.MonthlyReports.Where(r => r.PeriodId == id).OrderBy(r => r.KeyProjectId)
                .Select(r => new ReportDto(r.Id, r.KeyProjectId, r.KeyProject!.ProjectId, r.KeyProject.Project!.Name, r.Period!.Month, r.Completed,
                    r.PhysicalProgress, r.State, r.SubmittedLate, r.ReturnReason, r.Version)).ToListAsync()))
            .WithSummary("The month's reports in the caller's scope. A key project with no counted report is not reported.");
        group.MapPut("/periods/{id:int}/reports", async (int id, SaveReports body, DispatchService dispatch, Texts t) =>
            await dispatch.SaveAsync(id, body.Entries, body.Submit) is { Count: > 0 } errors
                ? Results.ValidationProblem(errors.GroupBy(e => e.KeyProjectId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .ToDictionary(g => g.Key, g => g.Select(e => t[e.Error].Value).ToArray()))
                : Results.NoContent())
            .WithSummary("Save or submit a unit's figures (万元, this month only) for several key projects: all or nothing. "
                + "Send each entry's version as read (-1 when there was no report): a save from an older read is 409 with what differs.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/reports/{id:int}", async (int id, Act body, DispatchService dispatch, Texts t) =>
            await dispatch.ActAsync(id, body.Action, body.Reason) is { } error
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["action"] = [t[error]] })
                : Results.NoContent())
            .WithSummary("Review (district), Accept / Return with a reason (office), Reopen an accepted month (office).")
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }
}
