using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Lists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ballast.Web.Features.Parks;

/// <summary>Standard-land commitments (标准地承诺) against what the investors reached, breaches first; filters in the URL.</summary>
public sealed class CommitmentsModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? District { get; set; }
    [BindProperty(SupportsGet = true)] public CheckState? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }

    public IReadOnlyList<CommitmentLoader.Judged> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = CityTime.Today(db.Time);
        Rows = await LoadAsync();
        Districts = await ListChoices.DistrictsAsync(db, District);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var rows = await LoadAsync();
        List<ExportColumn<CommitmentLoader.Judged>> columns =
        [
            new(t["项目名称"], typeof(string), r => r.Project.Name),
            new(t["协议编号"], typeof(string), r => r.Commitment.AgreementNo),
            new(t["用地面积（亩）"], typeof(decimal), r => r.Project.LandAreaMu),
            new(t["承诺投资强度（万元/亩）"], typeof(decimal), r => r.Commitment.InvestmentPerMu),
            new(t["承诺亩均产值（万元/亩·年）"], typeof(decimal), r => r.Commitment.OutputPerMu),
            new(t["承诺亩均税收（万元/亩·年）"], typeof(decimal), r => r.Commitment.TaxPerMu),
            new(t["承诺开工日期"], typeof(string), r => ListExport.Date(r.Commitment.StartBy)),
            new(t["承诺投产日期"], typeof(string), r => ListExport.Date(r.Commitment.ProductionBy)),
            new(t["兑现情况"], typeof(string), r => t[CommitmentNames.Of(r.State)].Value),
            new(t["说明"], typeof(string), r => string.Join("；", r.Checks.Where(c => c.State is CheckState.Breached or CheckState.Missing).Select(c => c.Line))),
        ];
        return await ListExport.XlsxAsync(rows, columns, "commitments.xlsx");
    }

    private async Task<List<CommitmentLoader.Judged>> LoadAsync()
    {
        var q = db.LandCommitments.AsQueryable();
        if (District is { } d)
        {
            var units = await ListChoices.WithDescendantsAsync(db, d);
            q = q.Where(c => units.Contains(c.OwnerUnitId));
        }
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var s = Search.Trim();
            q = q.Where(c => c.Project!.Name.Contains(s) || (c.AgreementNo != null && c.AgreementNo.Contains(s)));
        }
        var judged = await CommitmentLoader.JudgeAsync(db, q);
        return [.. judged.Where(j => State is null || j.State == State)
            .OrderBy(j => j.State == CheckState.Breached ? 0 : j.State == CheckState.Missing ? 1 : 2).ThenBy(j => j.Project.Name, StringComparer.Ordinal)];
    }
}
