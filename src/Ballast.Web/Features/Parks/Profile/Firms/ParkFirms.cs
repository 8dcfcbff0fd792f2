using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Firms entering and leaving a park, the same for the page, the API and the demo. Every stay is kept
/// (history), and a firm has at most one open stay in the whole city: one park at a time. The firm is looked up
/// past the registry's scope (a park's operator enters firms registered by its district), by id or USCC only.</summary>
public sealed class ParkFirms(AppDbContext db, ParkSave parks, Texts t)
{
    public async Task<ParkSaveResult> EnterAsync(int parkId, EnterInput input)
    {
        if (await parks.WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var errors = Common.Validation.InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return ParkSaveResult.Invalid(errors);
        }
        if (input.EnterpriseId is not > 0 && string.IsNullOrWhiteSpace(input.Uscc))
        {
            return ParkSaveResult.Invalid(nameof(input.EnterpriseId), t["请选择企业或填写统一社会信用代码"]);
        }
        if (await FirmAsync(input) is not { } firm)
        {
            return ParkSaveResult.Invalid(input.EnterpriseId is > 0 ? nameof(input.EnterpriseId) : nameof(input.Uscc), t["企业库中找不到该企业"]);
        }
        var today = CityTime.Today(db.Time);
        var on = input.EnteredOn!.Value;
        if (on.Year < Common.Validation.Plausible.FirstYear || on > today.AddYears(1))
        {
            return ParkSaveResult.Invalid(nameof(input.EnteredOn), t["入园日期不合理"]);
        }
        var stays = await db.ParkMemberships.Where(m => m.EnterpriseId == firm.Id)
            .Select(m => new { m.ParkId, m.EnteredOn, m.LeftOn, Park = db.Parks.Where(p => p.Id == m.ParkId).Select(p => p.Unit!.Name).First() })
            .ToListAsync();
        if (stays.FirstOrDefault(s => s.LeftOn == null) is { } open)
        {
            return ParkSaveResult.Invalid(nameof(input.EnterpriseId), open.ParkId == parkId
                ? t["{0} 已在本园区", firm.Name]
                : t["{0} 现在“{1}”，一家企业同时只能在一个园区；请先在该园区办理出园", firm.Name, open.Park]);
        }
        if (stays.Any(s => s.LeftOn > on))
        {
            return ParkSaveResult.Invalid(nameof(input.EnteredOn), t["入园日期早于该企业上次出园的日期"]);
        }
        if (input.ProjectId is > 0 and var projectId && !await ParkProjectAsync(parkId, projectId))
        {
            return ParkSaveResult.Invalid(nameof(input.ProjectId), t["引进项目须是落在本园区的项目"]);
        }
        var owner = await db.Parks.Where(p => p.Id == parkId).Select(p => p.OwnerUnitId).SingleAsync();
        var stay = db.ParkMemberships.Add(new ParkMembership
        {
            ParkId = parkId, EnterpriseId = firm.Id, EnteredOn = on, ProjectId = input.ProjectId is > 0 ? input.ProjectId : null, OwnerUnitId = owner,
        }).Entity;
        await db.SaveChangesAsync();
        return ParkSaveResult.Saved(stay.Id) with { Note = t["{0} 已入园", firm.Name] };
    }

    public async Task<ParkSaveResult> LeaveAsync(int parkId, int membershipId, LeaveInput input)
    {
        if (await parks.WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var stay = await db.ParkMemberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.ParkId == parkId);
        if (stay is null)
        {
            return ParkSaveResult.NotFound;
        }
        var errors = Common.Validation.InputRules.Validate(input, t);
        if (stay.LeftOn is not null)
        {
            errors.Add((nameof(input.LeftOn), t["该企业已出园"]));
        }
        else if (input.LeftOn is { } left && left < stay.EnteredOn)
        {
            errors.Add((nameof(input.LeftOn), t["出园日期不能早于入园日期"]));
        }
        else if (input.LeftOn > CityTime.Today(db.Time))
        {
            errors.Add((nameof(input.LeftOn), t["出园日期不能晚于今天"]));
        }
        if (errors.Count > 0)
        {
            return ParkSaveResult.Invalid(errors);
        }
        db.Expect(stay, input.Version);
        stay.LeftOn = input.LeftOn;
        stay.ExitReason = input.Reason.Trim();
        return await ParkSaveResult.SavedOrConflictAsync(db, () => stay.Id);
    }

    private async Task<(int Id, string Name)?> FirmAsync(EnterInput input)
    {
        var firms = db.Enterprises.IgnoreQueryFilters().AsNoTracking();
        if (input.EnterpriseId is > 0 and var id)
        {
            firms = firms.Where(e => e.Id == id);
        }
        else if (!string.IsNullOrWhiteSpace(input.Uscc))
        {
            var code = input.Uscc.Trim().ToUpperInvariant();
            firms = firms.Where(e => e.Uscc == code);
        }
        else
        {
            return null;
        }
        var found = await firms.Select(e => new { e.Id, e.Name }).FirstOrDefaultAsync();
        return found is null ? null : (found.Id, found.Name);
    }

    /// <summary>A project lying in the park (its <c>ParkUnitId</c> is the park's unit), read past scope by id only.</summary>
    public async Task<bool> ParkProjectAsync(int parkId, int projectId)
    {
        var unit = await db.Parks.Where(p => p.Id == parkId).Select(p => p.UnitId).SingleAsync();
        return await db.Projects.IgnoreQueryFilters().AnyAsync(p => p.Id == projectId && p.ParkUnitId == unit && p.MergedIntoId == null);
    }
}
