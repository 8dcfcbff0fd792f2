using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Entering a park's output and revenue for a year as a whole, with its source, through <see cref="ParkSave"/>.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ParkFiguresModel(AppDbContext db, Texts t, ParkSave save) : PageModel
{
    [BindProperty]
    public ParkYearInput Input { get; set; } = new();

    public int ParkId { get; private set; }
    public string ParkName { get; private set; } = "";
    public ParkOutput Firms { get; private set; } = ParkOutput.None;
    public bool Exists { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? year)
    {
        if (await save.WritableAsync(id) is { } refused)
        {
            return refused.Outcome == ParkSaveOutcome.NotFound ? NotFound() : Forbid();
        }
        Input.Year = ProgrammeYear.Resolve(HttpContext, year);
        if (await db.ParkYears.AsNoTracking().SingleOrDefaultAsync(y => y.ParkId == id && y.Year == Input.Year) is { } row)
        {
            Input = new ParkYearInput { Year = row.Year, Output = row.Output, Revenue = row.Revenue, Source = row.Source, Version = row.Version };
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id) => await AnswerAsync(id, await save.SaveYearAsync(id, Input));

    public async Task<IActionResult> OnPostDeleteAsync(int id) => await AnswerAsync(id, await save.DeleteYearAsync(id, Input.Year));

    private async Task<IActionResult> AnswerAsync(int id, ParkSaveResult result)
    {
        switch (result.Outcome)
        {
            case ParkSaveOutcome.Saved:
                TempData["message"] = t["已保存 {0} 年园区产值", Input.Year].Value;
                return Redirect($"/Parks/{id}?Year={Input.Year}");
            case ParkSaveOutcome.NotFound:
                return NotFound();
            case ParkSaveOutcome.Forbidden:
                return Forbid();
            default:
                Error = ParkResults.Line(result, t);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                await LoadAsync(id);
                return Page();
        }
    }

    private async Task LoadAsync(int id)
    {
        ParkId = id;
        var park = await db.Parks.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Unit!.Name, p.Unit.NameEn }).SingleAsync();
        ParkName = Texts.Pick(park.Name, park.NameEn);
        Firms = (await ParkOutputs.ForYearAsync(db, Input.Year, [id])).Of(id);
        Exists = await db.ParkYears.AnyAsync(y => y.ParkId == id && y.Year == Input.Year);
    }
}
