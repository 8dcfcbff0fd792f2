using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>免申即享: the firms in the user's scope that a policy's conditions select, and those that need checking, with the
/// reason per condition; filters in the URL; export of exactly the listed firms so a department can notify them.</summary>
public sealed class MatchesModel(AppDbContext db, Matcher matcher, TimeProvider time, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Day { get; set; }
    [BindProperty(SupportsGet = true)] public int? District { get; set; }
    [BindProperty(SupportsGet = true)] public int? Chain { get; set; }
    /// <summary>"eligible" or "check" narrows the list to one verdict.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }

    public Policy Policy { get; private set; } = null!;
    public MatchOptions Options { get; private set; } = null!;
    public MatchList List { get; private set; } = new([], [], 0);
    public IReadOnlyList<FirmMatch> Rows { get; private set; } = [];
    public ConditionNames Names { get; private set; } = new(new Dictionary<string, string>());
    public bool InForce { get; private set; }
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Districts = await Choices.DistrictsAsync(db, District);
        Chains = await Choices.ChainsAsync(db, Chain);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        return await ListExport.XlsxAsync(Rows, MatchExport.Columns(List.Conditions, Names, t), $"policy-{Policy.Code}-matches-{Options.Year}.xlsx");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (policy is null)
        {
            return false;
        }
        Policy = policy;
        Options = MatchingApi.Options(HttpContext, Year, Day, time) with { District = District, Chain = Chain };
        InForce = PolicyWindow.InForceOn(policy, Options.Day);
        List = await matcher.FirmsForAsync(id, Options, HttpContext.RequestAborted);
        Rows = Show switch
        {
            "eligible" => [.. List.Rows.Where(r => r.Result.Verdict == Verdict.Eligible)],
            "check" => [.. List.Rows.Where(r => r.Result.Verdict == Verdict.NeedsChecking)],
            _ => List.Rows,
        };
        Names = await ConditionNames.LoadAsync(db);
        return true;
    }

    public string With(string key, string? value) => Choices.With(Request, key, value);
}
