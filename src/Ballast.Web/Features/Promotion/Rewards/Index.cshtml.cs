using Ballast.Web.Common.Localization;
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

/// <summary>The reward cases with their state and next step, and the referred, signed projects that have none yet.</summary>
[Function(Policies.BusinessWrite)]
public sealed class RewardsIndexModel(AppDbContext db, UserScope scope, RewardSave save, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public RewardState? State { get; set; }
    [BindProperty(SupportsGet = true)] public int? District { get; set; }
    [BindProperty] public RewardOpenInput Open { get; set; } = new();

    public List<RewardRow> Rows { get; private set; } = [];
    public List<SelectListItem> Districts { get; private set; } = [];
    public List<SelectListItem> Candidates { get; private set; } = [];
    public List<int> Years { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostOpenAsync()
    {
        var result = await save.OpenAsync(Open);
        if (result.Outcome == Projects.SaveOutcome.Saved)
        {
            return Redirect($"/Promotion/Rewards/{result.Record!.Id}");
        }
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field is "ProjectId" or "ReferrerCategory" ? $"Open.{field}" : "", t[message]);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Rows = await RewardQuery.RowsAsync(db, scope, new(Year, State, District));
        Years = await db.RewardRules.AsNoTracking().OrderByDescending(r => r.Year).Select(r => r.Year).ToListAsync();
        Districts = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District).OrderBy(u => u.SortOrder)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Id == District)).ToListAsync();
        var taken = db.ReferralRewards.IgnoreQueryFilters().Select(r => r.ProjectId);
        Candidates = await db.Projects.AsNoTracking()
            .Where(p => p.Origin == ProjectOrigin.Referral && p.SignedOn != null && p.MergedIntoId == null && !taken.Contains(p.Id))
            .OrderBy(p => p.Name).Take(500)
            .Select(p => new SelectListItem(p.Name + "（" + p.ReferrerName + "）", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync();
    }

    public bool CanOpen => scope.WritesBusiness;

    /// <summary>Categories offered as the referrer's (typed values are data, kept in Chinese as the rules name them).</summary>
    public static readonly string[] Categories = ["企业", "个人", "商协会", "中介机构", "公职人员", "项目单位及其关联方员工", "已收取中介费的中介机构"];
}
