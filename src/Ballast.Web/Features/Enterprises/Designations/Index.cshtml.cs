using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The designation lists (专精特新, 单项冠军 …) as departments keep them: filtered by kind, level, year and
/// district, with how many of each kind were granted each year (the plan's "new this year" and "cumulative" figures).</summary>
public sealed class DesignationsModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DesignationQuery Query { get; set; } = new();

    public sealed record Count(string KindCode, int Year, int Designations);

    public int Total { get; private set; }
    public IReadOnlyList<DesignationDto> Rows { get; private set; } = [];
    public IReadOnlyList<Count> Counts { get; private set; } = [];
    public IReadOnlyList<DesignationKind> KindList { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var q = Query.Apply(db);
        Total = await q.CountAsync();
        Query.Page = Math.Clamp(Query.PageNumber, 1, Math.Max(1, (Total + DesignationQuery.PageSize - 1) / DesignationQuery.PageSize));
        Rows = await DesignationDto.Of(Sorted(q).Skip((Query.PageNumber - 1) * DesignationQuery.PageSize).Take(DesignationQuery.PageSize)).ToListAsync();
        Counts = await Query.Apply(db, withYear: false).GroupBy(d => new { d.KindCode, d.Year })
            .Select(g => new Count(g.Key.KindCode, g.Key.Year, g.Count())).ToListAsync();
        KindList = await db.DesignationKinds.AsNoTracking().OrderBy(k => k.SortOrder).ToListAsync();
        Kinds = await Choices.KindsAsync(db, Query.Kind);
        Districts = await Choices.DistrictsAsync(db, Query.District);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var rows = DesignationDto.Of(Sorted(Query.Apply(db))).AsAsyncEnumerable();
        List<ExportColumn<DesignationDto>> columns =
        [
            new(t["认定对象"], typeof(string), d => d.SubjectName),
            new(t["认定类别"], typeof(string), d => d.KindName),
            new(t["级别"], typeof(string), d => t[DesignationRules.LevelName(d.Level)].Value),
            new(t["认定年度"], typeof(int), d => d.Year),
            new(t["有效期至"], typeof(string), d => ListExport.Date(d.ExpiresOn)),
            new(t["认定文件"], typeof(string), d => d.SourceDocument),
        ];
        return await ListExport.XlsxAsync(rows, columns, "designations.xlsx", HttpContext.RequestAborted);
    }

    public string With(string key, string? value) => Choices.With(Request, key, value);

    private static IQueryable<Designation> Sorted(IQueryable<Designation> q) =>
        q.AsNoTracking().OrderByDescending(d => d.Year).ThenBy(d => d.KindCode).ThenBy(d => d.Id);
}
