using System.Globalization;
using System.Security.Claims;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

[Function(Policies.Own)]
public sealed class IndexModel(AppDbContext db, KeyProjectFigures figures, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ProjectQuery Query { get; set; } = new();

    public sealed record Row(Project Project, ProjectFigure? Figure);

    public int Year { get; private set; }
    public int? Month { get; private set; }
    public int Total { get; private set; }
    public decimal TotalWan { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<SavedFilter> Saved { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Leaders { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Parks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Month = await Query.MonthAsync(figures, Year);
        var q = await Query.ApplyAsync(db, figures, Year);
        Total = await q.CountAsync();
        TotalWan = await q.SumAsync(p => (decimal?)p.TotalInvestment) ?? 0m;
        Query.Page = Math.Clamp(Query.PageNumber, 1, Math.Max(1, (Total + ProjectQuery.PageSize - 1) / ProjectQuery.PageSize));
        var page = await Query.Sorted(q).Include(p => p.OwnerUnit).Include(p => p.Chain)
            .Skip((Query.PageNumber - 1) * ProjectQuery.PageSize).Take(ProjectQuery.PageSize).ToListAsync();
        Rows = await WithFiguresAsync(page);
        await LoadChoicesAsync();
    }

    /// <summary>Exactly what the list shows, every page and every row of it, as .xlsx.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Month = await Query.MonthAsync(figures, Year);
        var q = await Query.ApplyAsync(db, figures, Year);
        var byProject = Query.IsKeyList && Month is { } month
            ? (await figures.ProjectsAsync(Year, month, figures.Construction(Year).Where(k => q.Select(p => p.Id).Contains(k.ProjectId)), take: int.MaxValue))
                .ToDictionary(f => f.ProjectId)
            : null;
        return await ListExport.XlsxAsync(ProjectExport.Rows(Query.Sorted(q)), ProjectExport.Columns(t, byProject), $"projects-{Year}.xlsx",
            HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostSaveAsync(string name, string query)
    {
        var userId = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        name = name?.Trim() ?? "";
        if (name.Length is > 0 and <= 100 && query.StartsWith('?') && query.Length <= 2000)
        {
            db.SavedFilters.Add(new SavedFilter { UserId = userId, Name = name, Query = query });
            await db.SaveChangesAsync();
        }
        return Redirect("/Projects" + query);
    }

    public async Task<IActionResult> OnPostForgetAsync(int id)
    {
        var userId = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var filter = await db.SavedFilters.SingleOrDefaultAsync(f => f.Id == id && f.UserId == userId);
        if (filter is not null)
        {
            db.SavedFilters.Remove(filter);
            await db.SaveChangesAsync();
        }
        return Redirect("/Projects");
    }

    private async Task<IReadOnlyList<Row>> WithFiguresAsync(List<Project> projects)
    {
        if (!Query.IsKeyList || Month is not { } month)
        {
            return [.. projects.Select(p => new Row(p, null))];
        }
        var ids = projects.Select(p => p.Id).ToList();
        var source = figures.Construction(Year).Where(k => ids.Contains(k.ProjectId));
        var byProject = (await figures.ProjectsAsync(Year, month, source, take: ids.Count)).ToDictionary(f => f.ProjectId);
        return [.. projects.Select(p => new Row(p, byProject.GetValueOrDefault(p.Id)))];
    }

    private async Task LoadChoicesAsync()
    {
        var userId = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        Saved = await db.SavedFilters.Where(f => f.UserId == userId).OrderBy(f => f.Name).ToListAsync();
        Districts = [.. (await db.Units.Where(u => u.Kind == Organisation.UnitKind.District || u.Kind == Organisation.UnitKind.FunctionalArea)
            .OrderBy(u => u.SortOrder).ToListAsync()).Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), Id(u.Id), u.Id == Query.District))];
        Chains = [.. (await db.Chains.OrderBy(c => c.SortOrder).ToListAsync())
            .Select(c => new SelectListItem(Texts.Pick(c.Name, c.NameEn), Id(c.Id), c.Id == Query.Chain))];
        Leaders = [.. (await db.Leaders.OrderBy(l => l.SortOrder).ToListAsync()).Select(l => new SelectListItem(l.Name, Id(l.Id), l.Id == Query.Leader))];
        Parks = [.. (await db.Units.Where(u => u.Kind == Organisation.UnitKind.Park).OrderBy(u => u.SortOrder).ToListAsync())
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), Id(u.Id), u.Id == Query.Park))];
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The current query with one parameter changed (for sort and paging links).</summary>
    public string With(string key, string? value)
    {
        var parts = Request.Query.Where(kv => !string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase) && kv.Key != "handler")
            .Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value.ToString())}").ToList();
        if (value is not null)
        {
            parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }
        return "?" + string.Join('&', parts);
    }
}
