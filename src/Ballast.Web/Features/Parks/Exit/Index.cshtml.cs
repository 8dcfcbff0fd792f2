using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>有进有退: the candidates (consecutive D grades, commitment breaches) and the watch list with measures and state.</summary>
[Function(Policies.BusinessWrite)]
public sealed class WatchModel(AppDbContext db, WatchSave save, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)] public WatchState? State { get; set; }
    [BindProperty] public WatchInput Input { get; set; } = new();
    [BindProperty] public List<WatchMeasures> MeasureList { get; set; } = [];
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<WatchCandidate> Candidates { get; private set; } = [];
    public IReadOnlyList<WatchApi.WatchDto> Entries { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetExportAsync()
    {
        await LoadAsync();
        List<ExportColumn<WatchApi.WatchDto>> columns =
        [
            new(t["企业名称"], typeof(string), r => r.FirmName),
            new(t["列入原因"], typeof(string), r => t[WatchRules.Name(r.Reason)].Value),
            new(t["年度"], typeof(int), r => r.Year),
            new(t["差别化措施"], typeof(string), r => MeasureNames(r.Measures)),
            new(t["状态"], typeof(string), r => t[WatchRules.Name(r.State)].Value),
            new(t["决定日期"], typeof(string), r => ListExport.Date(r.DecidedOn)),
            new(t["说明"], typeof(string), r => r.Note),
        ];
        return await ListExport.XlsxAsync(Entries, columns, "watch-list.xlsx");
    }

    public async Task<IActionResult> OnPostAddAsync() => await AfterAsync(await save.CreateAsync(WithMeasures()), "已列入关注名单");

    public async Task<IActionResult> OnPostUpdateAsync(int id) => await AfterAsync(await save.UpdateAsync(id, WithMeasures()), "已更新");

    public string MeasureNames(WatchMeasures m) =>
        string.Join("、", WatchRules.Measures.Where(x => m.HasFlag(x.Measure)).Select(x => t[x.Name].Value).DefaultIfEmpty("—"));

    private WatchInput WithMeasures()
    {
        Input.Measures = MeasureList.Aggregate(WatchMeasures.None, (a, b) => a | b);
        return Input;
    }

    private async Task<IActionResult> AfterAsync(RecordSave<WatchEntry> result, string done)
    {
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome == SaveOutcome.Saved)
        {
            Message = t[done];
            return RedirectToPage(new { State });
        }
        ModelState.Clear();
        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError("", t[message]);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Today = CityTime.Today(db.Time);
        Candidates = await WatchCandidates.FindAsync(db);
        Entries = await WatchApi.Dtos(db.WatchEntries.Where(w => State == null || w.State == State)
            .OrderBy(w => w.State).ThenByDescending(w => w.Year).ThenBy(w => w.Id)).ToListAsync();
    }
}
