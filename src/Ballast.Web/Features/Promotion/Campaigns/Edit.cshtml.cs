using Ballast.Web.Common;
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

/// <summary>Creating or changing a campaign with its delegation and visits; blank rows are offered for more.</summary>
[Function(Policies.BusinessWrite)]
public sealed class CampaignEditModel(AppDbContext db, UserScope scope, CampaignSave save, Texts t) : PageModel
{
    public const int BlankRows = 4;

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public string? ConflictMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is { } existing)
        {
            var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Members).Include(c => c.Visits).SingleOrDefaultAsync(c => c.Id == existing);
            if (campaign is null)
            {
                return NotFound();
            }
            if (!scope.CanWrite(campaign.OwnerUnitId))
            {
                return Forbid();
            }
            Input = CampaignInput.From(campaign);
            var firms = campaign.Visits.Where(v => v.EnterpriseId != null).Select(v => v.EnterpriseId!.Value).ToList();
            var codes = await db.Enterprises.Where(e => firms.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Uscc);
            foreach (var (visit, row) in campaign.Visits.OrderBy(v => v.VisitedOn).ThenBy(v => v.Id).Zip(Input.Visits))
            {
                row.Uscc = visit.EnterpriseId is { } e ? codes.GetValueOrDefault(e) : null;
            }
        }
        else
        {
            var year = ProgrammeYear.Resolve(HttpContext, null);
            var today = CityTime.Today(db.Time);
            Input.StartsOn = Input.EndsOn = today.Year == year ? today : new DateOnly(year, 1, 1);
            Input.OwnerUnitId = scope.UnitIds.Count > 0 ? scope.UnitIds[0] : 0;
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        ModelState.Clear();
        var saved = await save.SaveAsync(id, Input);
        switch (saved.Outcome)
        {
            case SaveOutcome.Saved:
                return Redirect($"/Promotion/Campaigns/{saved.Campaign!.Id}");
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                ConflictMessage = t["该活动已被他人修改，您的修改未保存。请重新打开后再修改。"];
                Input.Version = saved.CurrentVersion ?? Input.Version;
                break;
            default:
                foreach (var (field, message) in saved.Errors)
                {
                    ModelState.AddModelError("Input." + field, message);
                }
                break;
        }
        await LoadAsync(id);
        return Page();
    }

    private async Task LoadAsync(int? id)
    {
        Id = id;
        Owners = await CampaignChoices.OwnersAsync(db, scope, Input.OwnerUnitId);
        Chains = await CampaignChoices.ChainsAsync(db, Input.ChainId);
        Input.Members.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new MemberInput()));
        Input.Visits.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new VisitInput()));
    }
}
