using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

/// <summary>Who leads a chain: chief and vice chiefs, task force units with the lead department, chain masters.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ChainTeamModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public int ChainId { get; private set; }
    public string ChainName { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Leaders { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Firms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int chainId)
    {
        switch (await ChainSave.MayEditAsync(db, chainId))
        {
            case null:
                return NotFound();
            case false:
                return Forbid();
        }
        var leaders = await db.ChainLeaders.Where(l => l.ChainId == chainId).ToListAsync();
        var units = await db.ChainUnits.Where(u => u.ChainId == chainId).ToListAsync();
        Input = new TeamInput
        {
            ChiefLeaderId = leaders.FirstOrDefault(l => l.IsChief)?.LeaderId, ViceLeaderIds = [.. leaders.Where(l => !l.IsChief).Select(l => l.LeaderId)],
            LeadUnitId = units.FirstOrDefault(u => u.IsLead)?.UnitId, UnitIds = [.. units.Select(u => u.UnitId)],
            MasterIds = await db.ChainMasters.Where(m => m.ChainId == chainId).Select(m => m.EnterpriseId).ToListAsync(),
        };
        await LoadAsync(chainId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int chainId)
    {
        var result = await ChainSave.SaveTeamAsync(db, t, chainId, Input);
        switch (result.Outcome)
        {
            case ChainSaveOutcome.NotFound:
                return NotFound();
            case ChainSaveOutcome.Forbidden:
                return Forbid();
            case ChainSaveOutcome.Saved:
                return Redirect($"/Chains/Details?id={chainId}");
        }
        foreach (var (field, message) in result.Errors ?? [])
        {
            ModelState.AddModelError("Input." + field, message);
        }
        await LoadAsync(chainId);
        return Page();
    }

    private async Task LoadAsync(int chainId)
    {
        ChainId = chainId;
        ChainName = await db.Chains.Where(c => c.Id == chainId).Select(c => Texts.IsEnglish && c.NameEn != null ? c.NameEn : c.Name).SingleAsync();
        static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Leaders = [.. (await db.Leaders.OrderBy(l => l.SortOrder).Select(l => new { l.Id, l.Name, l.Title }).ToListAsync())
            .Select(l => new SelectListItem(l.Title is null ? l.Name : $"{l.Name}（{l.Title}）", Id(l.Id)))];
        Units = [.. (await db.Units.OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name, u.NameEn }).ToListAsync())
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), Id(u.Id)))];
        var chosen = Input.MasterIds;
        using var cityWide = db.Scope.ReadingCityWide();
        Firms = [.. (await db.Enterprises.Where(e => e.ChainId == chainId || chosen.Contains(e.Id)).OrderBy(e => e.Name).Take(3000)
            .Select(e => new { e.Id, e.Name }).ToListAsync()).Select(e => new SelectListItem(e.Name, Id(e.Id)))];
    }
}
