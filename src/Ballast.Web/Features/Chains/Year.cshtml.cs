using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

/// <summary>A chain's targets for a year, and its output entered with a source where firms' figures are missing.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ChainYearModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty]
    public ChainYearInput Input { get; set; } = new();

    public int ChainId { get; private set; }
    public int Year { get; private set; }
    public string ChainName { get; private set; } = "";
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int chainId, int year)
    {
        switch (await ChainSave.MayEditAsync(db, chainId))
        {
            case null:
                return NotFound();
            case false:
                return Forbid();
        }
        if (await db.ChainYears.AsNoTracking().SingleOrDefaultAsync(y => y.ChainId == chainId && y.Year == year) is { } row)
        {
            Input = ChainYearInput.From(row);
        }
        await LoadAsync(chainId, year);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int chainId, int year)
    {
        var result = await ChainSave.SaveYearAsync(db, t, chainId, year, Input);
        switch (result.Outcome)
        {
            case ChainSaveOutcome.NotFound:
                return NotFound();
            case ChainSaveOutcome.Forbidden:
                return Forbid();
            case ChainSaveOutcome.Saved:
                return Redirect($"/Chains/Details?id={chainId}&Year={year}");
            case ChainSaveOutcome.Conflict:
                Conflict = result.Conflict;
                Input.Version = result.Conflict?.Current;
                ModelState.Remove("Input.Version");
                break;
            default:
                foreach (var (field, message) in result.Errors ?? [])
                {
                    ModelState.AddModelError("Input." + field, message);
                }
                break;
        }
        await LoadAsync(chainId, year);
        return Page();
    }

    private async Task LoadAsync(int chainId, int year)
    {
        (ChainId, Year) = (chainId, year);
        ViewData["Year"] = year;
        ChainName = await db.Chains.Where(c => c.Id == chainId).Select(c => Texts.IsEnglish && c.NameEn != null ? c.NameEn : c.Name).SingleAsync();
    }
}
