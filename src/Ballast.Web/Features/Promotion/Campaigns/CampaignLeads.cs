using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>Adding a campaign's leads, the same for the page, the API and the demo: a new project through the project
/// save path (origin: campaign) or an existing one; each project credited to one campaign only.</summary>
public sealed class CampaignLeads(AppDbContext db, UserScope scope, ProjectSave projects, Texts t)
{
    public async Task<LeadAdded> AddNewAsync(int campaignId, LeadInput input)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        if (campaign is null)
        {
            return new(SaveOutcome.NotFound, null, [], []);
        }
        if (!scope.CanWrite(campaign.OwnerUnitId))
        {
            return new(SaveOutcome.Forbidden, null, [], []);
        }
        var errors = InputRules.Validate(input, t);
        var gathered = input.GatheredOn ?? Min(campaign.EndsOn, Today());
        if (errors.Count == 0 && CampaignRules.GatheredOn(gathered, campaign.StartsOn, Today()) is { } late)
        {
            errors.Add((nameof(input.GatheredOn), t[late].Value));
        }
        if (errors.Count > 0)
        {
            return new(SaveOutcome.Invalid, null, errors, []);
        }
        await using var tx = await db.Database.BeginTransactionAsync();
        var saved = await projects.CreateAsync(new ProjectInput
        {
            Name = input.Name, InvestorName = input.InvestorName, InvestorCountry = input.InvestorCountry, ChainId = input.ChainId ?? campaign.ChainId,
            TotalInvestment = input.EstimatedInvestment, OwnerUnitId = input.OwnerUnitId, Origin = ProjectOrigin.Campaign,
            IsForeignInvested = input.InvestorCountry is { Length: > 0 } c && !IsMainland(c), OriginNote = campaign.Name.Length <= 500 ? campaign.Name : null,
            NotADuplicate = input.NotADuplicate,
        }, ProjectStage.Lead, null);
        if (saved.Outcome != SaveOutcome.Saved)
        {
            return new(saved.Outcome, null, [.. saved.Errors.Select(e => (Field(e.Field), t[e.Message].Value))], saved.Duplicates);
        }
        var lead = new CampaignLead { CampaignId = campaignId, ProjectId = saved.Project!.Id, GatheredOn = gathered, Note = CampaignInput.Clean(input.Note) };
        db.CampaignLeads.Add(lead);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return new(SaveOutcome.Saved, lead, [], []);
    }

    public async Task<LeadAdded> LinkAsync(int campaignId, LinkInput input)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        if (campaign is null)
        {
            return new(SaveOutcome.NotFound, null, [], []);
        }
        if (!scope.CanWrite(campaign.OwnerUnitId))
        {
            return new(SaveOutcome.Forbidden, null, [], []);
        }
        var errors = InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return new(SaveOutcome.Invalid, null, errors, []);
        }
        // Only a project the user can see may be credited (the query filter answers for scope).
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == input.ProjectId)
            .Select(p => new { p.Id, p.MergedIntoId, p.SignedOn }).SingleOrDefaultAsync();
        var gathered = input.GatheredOn ?? Min(campaign.EndsOn, Today());
        var problem = project is null ? "项目不存在或不在您的数据范围内"
            : project.MergedIntoId is { } into ? t["该项目已合并到项目 {0}，请关联合并后的项目", into].Value
            : CampaignRules.Linkable(project.SignedOn, campaign.StartsOn) ?? CampaignRules.GatheredOn(gathered, campaign.StartsOn, Today())
            ?? await HeldByAsync(input.ProjectId);
        if (problem is not null)
        {
            return new(SaveOutcome.Invalid, null, [(nameof(input.ProjectId), t[problem].Value)], []);
        }
        var lead = new CampaignLead { CampaignId = campaignId, ProjectId = input.ProjectId, GatheredOn = gathered, Note = CampaignInput.Clean(input.Note) };
        db.CampaignLeads.Add(lead);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another campaign took the project between the check and the write (the unique index held).
            db.ChangeTracker.Clear();
            return new(SaveOutcome.Invalid, null, [(nameof(input.ProjectId), t[await HeldByAsync(input.ProjectId) ?? "该项目已计入其他活动"].Value)], []);
        }
        return new(SaveOutcome.Saved, lead, [], []);
    }

    /// <summary>Removes a lead from its campaign (the project stays, with its history).</summary>
    public async Task<SaveOutcome> RemoveAsync(int campaignId, int leadId)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        var lead = campaign is null ? null : await db.CampaignLeads.SingleOrDefaultAsync(l => l.Id == leadId && l.CampaignId == campaignId);
        if (campaign is null || lead is null)
        {
            return SaveOutcome.NotFound;
        }
        if (!scope.CanWrite(campaign.OwnerUnitId))
        {
            return SaveOutcome.Forbidden;
        }
        db.CampaignLeads.Remove(lead);
        await db.SaveChangesAsync();
        return SaveOutcome.Saved;
    }

    /// <summary>The campaign a project is credited to already, named (whoever may see it: the credit is the point).</summary>
    private async Task<string?> HeldByAsync(int projectId)
    {
        var holder = await db.CampaignLeads.Where(l => l.ProjectId == projectId)
            .Join(db.Campaigns.IgnoreQueryFilters(), l => l.CampaignId, c => c.Id, (l, c) => c.Name).FirstOrDefaultAsync();
        return holder is null ? null : t["该项目已计入活动「{0}」，一个项目只计入一次活动", holder].Value;
    }

    private DateOnly Today() => CityTime.Today(db.Time);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static bool IsMainland(string country) => country.Trim() is "中国" or "中国大陆";

    /// <summary>The project's field names that the lead form names differently.</summary>
    private static string Field(string projectField) => projectField switch
    {
        nameof(ProjectInput.TotalInvestment) => nameof(LeadInput.EstimatedInvestment),
        _ => projectField,
    };
}
