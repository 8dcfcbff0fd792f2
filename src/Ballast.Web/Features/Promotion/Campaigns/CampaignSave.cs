using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Text;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>Creating and changing a campaign, the same for the page, the API and the demo: rules, scope (the owner unit
/// within the user's), the registry links of the visits, optimistic concurrency. Nothing is written unless all pass.</summary>
public sealed class CampaignSave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<CampaignSaved> SaveAsync(int? id, CampaignInput input)
    {
        Campaign? campaign = null;
        if (id is { } existing)
        {
            campaign = await db.Campaigns.Include(c => c.Members).Include(c => c.Visits).SingleOrDefaultAsync(c => c.Id == existing);
            if (campaign is null)
            {
                return new(SaveOutcome.NotFound, null, []);
            }
        }
        var errors = CampaignRules.Check(input, t);
        if (errors.Count == 0)
        {
            errors.AddRange(await RefersCheck(input));
        }
        if (errors.Count > 0)
        {
            return new(SaveOutcome.Invalid, null, errors);
        }
        if ((campaign is not null && !scope.CanWrite(campaign.OwnerUnitId)) || !scope.CanWrite(input.OwnerUnitId))
        {
            return new(SaveOutcome.Forbidden, null, [(nameof(input.OwnerUnitId), t["只能选择本单位或下属单位"].Value)]);
        }
        if (campaign is null)
        {
            campaign = new Campaign { Name = input.Name, Destination = input.Destination };
            db.Campaigns.Add(campaign);
        }
        else
        {
            db.Entry(campaign).Property(c => c.Version).OriginalValue = input.Version;
            db.CampaignMembers.RemoveRange(campaign.Members);
            db.CampaignVisits.RemoveRange(campaign.Visits);
        }
        input.ApplyTo(campaign);
        campaign.Members = [.. input.Members.Where(m => !m.IsBlank).Select(m => new CampaignMember
            { Name = m.Name!.Trim(), Unit = CampaignInput.Clean(m.Unit), Title = CampaignInput.Clean(m.Title) })];
        campaign.Visits = [];
        foreach (var v in input.Visits.Where(v => !v.IsBlank))
        {
            campaign.Visits.Add(new CampaignVisit
            {
                FirmName = v.FirmName!.Trim(), Country = CampaignInput.Clean(v.Country), VisitedOn = v.VisitedOn, Note = CampaignInput.Clean(v.Note),
                EnterpriseId = await RegistryIdAsync(v),
            });
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Campaigns.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.Version).SingleOrDefaultAsync();
            return new(SaveOutcome.Conflict, null, [("", t["该活动已被他人修改，您的修改未保存"].Value)], current);
        }
        return new(SaveOutcome.Saved, campaign, []);
    }

    private async Task<List<(string Field, string Message)>> RefersCheck(CampaignInput input)
    {
        var errors = new List<(string, string)>();
        if (input.ChainId is { } chain && !await db.Chains.AnyAsync(c => c.Id == chain))
        {
            errors.Add((nameof(input.ChainId), t["产业链不存在"].Value));
        }
        if (!await db.Units.AnyAsync(u => u.Id == input.OwnerUnitId))
        {
            errors.Add((nameof(input.OwnerUnitId), t["责任单位不存在"].Value));
        }
        return errors;
    }

    /// <summary>The visited firm's registry record: by USCC, else by its exact registered name; none when unknown.</summary>
    private async Task<int?> RegistryIdAsync(VisitInput v)
    {
        if (!string.IsNullOrWhiteSpace(v.Uscc))
        {
            var code = TextNormalizer.Code(v.Uscc);
            return await db.Enterprises.Where(e => e.Uscc == code).Select(e => (int?)e.Id).FirstOrDefaultAsync();
        }
        var name = v.FirmName!.Trim();
        return await db.Enterprises.Where(e => e.Name == name).OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync();
    }
}
