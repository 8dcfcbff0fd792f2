using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>A campaign: the delegation, the firms visited, the leads with their stage and dates, the results; add a lead
/// (a new project, or one that exists) from here.</summary>
[Function(Policies.BusinessWrite)]
public sealed class CampaignDetailsModel(AppDbContext db, UserScope scope, CampaignResults results, CampaignLeads leads, Texts t) : PageModel
{
    [BindProperty]
    public LeadInput Lead { get; set; } = new();

    [BindProperty]
    public LinkInput Link { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "figure")]
    public string? Figure { get; set; }

    [TempData]
    public string? Message { get; set; }

    public Campaign Campaign { get; private set; } = null!;
    public string? Owner { get; private set; }
    public CampaignFigures Figures { get; private set; } = CampaignFigures.None;
    public IReadOnlyList<CreditedProject> Credited { get; private set; } = [];
    public IReadOnlyDictionary<int, KeyCompletion> Keys { get; private set; } = new Dictionary<int, KeyCompletion>();
    public int Year { get; private set; }
    public bool CanWrite { get; private set; }
    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public List<PossibleDuplicate> Duplicates { get; private set; } = [];
    public string? OpenForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLeadAsync(int id)
    {
        ModelState.Clear();
        var added = await leads.AddNewAsync(id, Lead);
        if (added.Outcome == SaveOutcome.Saved)
        {
            Message = t["已添加线索并创建项目"];
            return Redirect($"/Promotion/Campaigns/{id}#leads");
        }
        return await RefusedAsync(id, added, "Lead");
    }

    public async Task<IActionResult> OnPostLinkAsync(int id)
    {
        ModelState.Clear();
        var added = await leads.LinkAsync(id, Link);
        if (added.Outcome == SaveOutcome.Saved)
        {
            Message = t["已关联项目"];
            return Redirect($"/Promotion/Campaigns/{id}#leads");
        }
        return await RefusedAsync(id, added, "Link");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int leadId) => await leads.RemoveAsync(id, leadId) switch
    {
        SaveOutcome.Saved => Redirect($"/Promotion/Campaigns/{id}#leads"),
        SaveOutcome.Forbidden => Forbid(),
        _ => NotFound(),
    };

    private async Task<IActionResult> RefusedAsync(int id, LeadAdded added, string form)
    {
        if (added.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }
        if (added.Outcome == SaveOutcome.Forbidden && added.Errors.Count == 0)
        {
            return Forbid();
        }
        foreach (var (field, message) in added.Errors)
        {
            ModelState.AddModelError(form + "." + field, message);
        }
        Duplicates = added.Duplicates;
        OpenForm = form;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Chain).Include(c => c.Members).Include(c => c.Visits)
            .SingleOrDefaultAsync(c => c.Id == id);
        if (campaign is null)
        {
            return false;
        }
        Campaign = campaign;
        Owner = await db.Units.Where(u => u.Id == campaign.OwnerUnitId).Select(u => u.Name).SingleOrDefaultAsync();
        Year = ProgrammeYear.Resolve(HttpContext, null);
        Credited = await results.CreditedAsync([id]);
        Keys = await results.KeyAsync(Credited.Select(c => c.ProjectId), Year);
        Figures = CampaignFigures.Of(Credited, Keys);
        CanWrite = scope.CanWrite(campaign.OwnerUnitId);
        if (CanWrite)
        {
            Owners = await CampaignChoices.OwnersAsync(db, scope, Lead.OwnerUnitId > 0 ? Lead.OwnerUnitId : campaign.OwnerUnitId);
            Chains = await CampaignChoices.ChainsAsync(db, Lead.ChainId ?? campaign.ChainId);
        }
        return true;
    }
}
