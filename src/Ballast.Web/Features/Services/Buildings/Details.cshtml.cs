using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>A building: its facts, its firms with the tax each reported, the year's roll-up over three years,
/// the figures entered for the building as a whole (marked as entered, with their source), and placing firms
/// in it or taking them out through <see cref="BuildingTenants"/>.</summary>
public sealed class BuildingDetailsModel(AppDbContext db, UserScope scope, Texts t, BuildingTenants tenants) : PageModel
{
    public sealed record Firm(int Id, string Name, string? Uscc, decimal? Tax, bool IsDemo, int Version);

    public BuildingRow Building { get; private set; } = null!;
    public int Year { get; private set; }
    public IReadOnlyList<Firm> Firms { get; private set; } = [];
    public IReadOnlyList<(int Year, BuildingTax Tax)> History { get; private set; } = [];
    public IReadOnlyList<BuildingYear> Entered { get; private set; } = [];
    public bool CanWrite { get; private set; }

    /// <summary>Part of a firm's name or the start of its USCC, to find the firm to place.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    public IReadOnlyList<TenantCandidates.Candidate> Candidates { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? year)
    {
        Year = ProgrammeYear.Resolve(HttpContext, year);
        var row = (await new BuildingQuery().RunAsync(db, Year, id)).SingleOrDefault();
        if (row is null)
        {
            return NotFound();
        }
        Building = row;
        CanWrite = scope.CanWrite(row.OwnerUnitId);
        Message ??= TempData["message"] as string;
        var y = Year;
        Firms = await db.Enterprises.AsNoTracking().Where(e => e.BuildingId == id).OrderBy(e => e.Name)
            .Select(e => new Firm(e.Id, e.Name, e.Uscc,
                db.EnterpriseYears.Where(x => x.EnterpriseId == e.Id && x.Year == y).Select(x => x.TaxPaid).FirstOrDefault(), e.IsDemo, e.Version))
            .ToListAsync();
        Candidates = CanWrite ? await TenantCandidates.FindAsync(db, id, row.OwnerUnitId, Find) : [];
        var history = new List<(int, BuildingTax)>();
        for (var past = Year - 2; past <= Year; past++)
        {
            history.Add((past, (await BuildingTaxes.ForYearAsync(db, past, [id])).Of(id)));
        }
        History = history;
        Entered = await db.BuildingYears.AsNoTracking().Where(b => b.BuildingId == id).OrderByDescending(b => b.Year).ToListAsync();
        return Page();
    }

    [Function(Policies.BusinessWrite)]
    public async Task<IActionResult> OnPostPlaceAsync(int id, int enterpriseId, int? year) =>
        await AnswerAsync(id, year, await tenants.PlaceAsync(id, new TenantInput { EnterpriseId = enterpriseId }));

    [Function(Policies.BusinessWrite)]
    public async Task<IActionResult> OnPostRemoveAsync(int id, int enterpriseId, int? version, int? year) =>
        await AnswerAsync(id, year, await tenants.RemoveAsync(id, enterpriseId, version));

    private async Task<IActionResult> AnswerAsync(int id, int? year, ServiceSaveResult result)
    {
        switch (result.Outcome)
        {
            case ServiceSaveOutcome.Saved:
                TempData["message"] = result.Note;
                return Redirect(year is { } y ? $"/Buildings/Details/{id}?year={y}" : $"/Buildings/Details/{id}");
            case ServiceSaveOutcome.NotFound:
                return NotFound();
            case ServiceSaveOutcome.Forbidden when result.Errors[0].Field.Length == 0:
                return Forbid();
            case ServiceSaveOutcome.Conflict:
                Error = t["该企业已被他人修改，请刷新后重试"];
                break;
            default:
                Error = string.Join("；", result.Errors.Select(e => t[e.Message].Value));
                break;
        }
        db.ChangeTracker.Clear();
        return await OnGetAsync(id, year);
    }
}
