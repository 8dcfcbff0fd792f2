using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>Campaigns for integrations: the same save path, lead rules and result figures as the pages.</summary>
public static class CampaignsApi
{
    public sealed record CampaignDto(CampaignRow Campaign, CampaignInput Record, List<CreditedProject> Leads);

    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/promotion/campaigns").WithTags("Campaigns");
        group.MapGet("/", async ([AsParameters] CampaignQuery q, HttpContext ctx, AppDbContext db, CampaignResults results, Texts t) =>
                TypedResults.Ok((await CampaignYear.LoadAsync(db, results, q, ProgrammeYear.Resolve(ctx, q.Year), t)).Rows))
            .WithSummary("Campaigns begun in the year (default: the selected programme year) in the caller's scope, with their results.");
        group.MapGet("/results", async ([AsParameters] CampaignQuery q, HttpContext ctx, AppDbContext db, CampaignResults results, Texts t) =>
                TypedResults.Ok(await CampaignYear.LoadAsync(db, results, q, ProgrammeYear.Resolve(ctx, q.Year), t)))
            .WithSummary("The year's results: a row per campaign, the total counting each project once, by country and by chain, and the projects.");
        group.MapGet("/{id:int}", GetAsync).WithSummary("A campaign: its record (delegation, visits), figures and credited projects.");
        group.MapPost("/", async (CampaignInput input, CampaignSave save, Texts t) => Answer(await save.SaveAsync(null, input), t, created: true))
            .WithSummary("Create a campaign owned by a unit inside the caller's scope.").RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}", async (int id, CampaignInput input, CampaignSave save, Texts t) => Answer(await save.SaveAsync(id, input), t, created: false))
            .WithSummary("Change a campaign (members and visits replaced as sent); send the version you read: 409 when changed since.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/leads", async (int id, LeadInput input, CampaignLeads leads, Texts t) => Lead(await leads.AddNewAsync(id, input), t))
            .WithSummary("Add a lead as a new project at the lead stage (origin: campaign), owned by a unit inside the caller's scope. "
                + "409 lists possible duplicates unless notADuplicate is true.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/leads/link", async (int id, LinkInput input, CampaignLeads leads, Texts t) => Lead(await leads.LinkAsync(id, input), t))
            .WithSummary("Credit an existing project to the campaign; refused when another campaign holds it or it was merged.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapDelete("/{id:int}/leads/{leadId:int}", async (int id, int leadId, CampaignLeads leads) => await leads.RemoveAsync(id, leadId) switch
            {
                SaveOutcome.Saved => Results.NoContent(),
                SaveOutcome.Forbidden => Results.Forbid(),
                _ => Results.NotFound(),
            })
            .WithSummary("Remove a lead from the campaign; the project stays.").RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<IResult> GetAsync(int id, HttpContext ctx, AppDbContext db, CampaignResults results, Texts t)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Members).Include(c => c.Visits).SingleOrDefaultAsync(c => c.Id == id);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }
        // This campaign only, with key projects' completion in the selected programme year.
        var data = await CampaignYear.LoadAsync(db, results, db.Campaigns.Where(c => c.Id == id), ProgrammeYear.Resolve(ctx, null), t);
        return TypedResults.Ok(new CampaignDto(data.Rows.Single(), CampaignInput.From(campaign), data.Credited));
    }

    private static IResult Answer(CampaignSaved saved, Texts t, bool created)
    {
        switch (saved.Outcome)
        {
            case SaveOutcome.Saved:
                var id = saved.Campaign!.Id;
                return created ? TypedResults.Created($"/api/promotion/campaigns/{id}", new { id, saved.Campaign.Version })
                    : TypedResults.Ok(new { id, saved.Campaign.Version });
            case SaveOutcome.NotFound:
                return TypedResults.NotFound();
            case SaveOutcome.Forbidden:
                return TypedResults.Problem(t["数据范围之外的记录不能修改"].Value, statusCode: StatusCodes.Status403Forbidden);
            case SaveOutcome.Conflict:
                return TypedResults.Conflict(new { title = t["该活动已被他人修改，您的修改未保存"].Value, current = saved.CurrentVersion });
            default:
                return Invalid(saved.Errors);
        }
    }

    private static IResult Lead(LeadAdded added, Texts t) => added.Outcome switch
    {
        SaveOutcome.Saved => TypedResults.Created($"/api/projects/{added.Lead!.ProjectId}",
            new { leadId = added.Lead.Id, projectId = added.Lead.ProjectId, added.Lead.CampaignId }),
        SaveOutcome.NotFound => TypedResults.NotFound(),
        SaveOutcome.Forbidden => TypedResults.Problem(added.Errors.Count > 0 ? added.Errors[0].Message : t["数据范围之外的记录不能修改"].Value,
            statusCode: StatusCodes.Status403Forbidden),
        SaveOutcome.PossibleDuplicate => TypedResults.Conflict(new
        {
            title = t["可能与已有项目重复；确认不是重复项目时请设置 notADuplicate 为 true"].Value,
            duplicates = added.Duplicates,
        }),
        _ => Invalid(added.Errors),
    };

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(List<(string Field, string Message)> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}
