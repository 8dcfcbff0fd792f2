using System.Globalization;
using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

[Function(Policies.Own)]
public sealed class PolicyIndexModel(AppDbContext db, PolicySearch search, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PolicyQuery Query { get; set; } = new();

    public int Total { get; private set; }
    public IReadOnlyList<PolicyHit> Rows { get; private set; } = [];
    public IReadOnlyDictionary<PolicyStatus, int> ByStatus { get; private set; } = new Dictionary<PolicyStatus, int>();
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public IReadOnlyList<string> Issuers { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = CityTime.Today(db.Time);
        var q = search.Apply(Query);
        Total = await q.CountAsync();
        Query.Page = Math.Clamp(Query.PageNumber, 1, Math.Max(1, (Total + PolicyQuery.PageSize - 1) / PolicyQuery.PageSize));
        var page = await q.Include(p => p.Chains).ThenInclude(c => c.Chain).AsSingleQuery()
            .Skip((Query.PageNumber - 1) * PolicyQuery.PageSize).Take(PolicyQuery.PageSize).ToListAsync();
        var terms = SearchTerms.Of(Query.Q);
        Rows = [.. page.Select(p => PolicyHit.Of(p, terms, today))];
        // Counts by status over the other filters, so each status shows what choosing it would give.
        var others = search.Apply(new PolicyQuery { Q = Query.Q, Level = Query.Level, Kind = Query.Kind, Issuer = Query.Issuer, Chain = Query.Chain,
            Area = Query.Area, Year = Query.Year, Published = Query.Published, Sort = "title" });
        var counts = new Dictionary<PolicyStatus, int>();
        foreach (var s in Enum.GetValues<PolicyStatus>())
        {
            counts[s] = await others.Where(PolicyStatuses.Is(s, today)).CountAsync();
        }
        ByStatus = counts;
        await LoadChoicesAsync();
    }

    /// <summary>Exactly what the list shows, every page of it, as .xlsx (columns the import reads back).</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var rows = await PolicyExport.RowsAsync(db, search.Apply(Query));
        return await ListExport.XlsxAsync(rows, PolicyExport.Columns(t), "policies.xlsx");
    }

    private async Task LoadChoicesAsync()
    {
        Chains = [.. (await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync())
            .Select(c => new SelectListItem(Texts.Pick(c.Name, c.NameEn), c.Id.ToString(CultureInfo.InvariantCulture), c.Id == Query.Chain))];
        Issuers = await db.Policies.AsNoTracking().Select(p => p.Issuer).Distinct().OrderBy(i => i).ToListAsync();
        Years = (await db.Policies.AsNoTracking().Where(p => p.EffectiveOn != null).Select(p => p.EffectiveOn!.Value.Year).Distinct().ToListAsync())
            .OrderDescending().ToList();
    }

    /// <summary>The current query with one parameter changed (for sort and paging links).</summary>
    public string With(string key, string? value) => Choices.With(Request, key, value);
}
