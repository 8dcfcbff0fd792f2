using System.Globalization;
using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>The monthly bulletin of a period: read on screen with its charts, printed on A4, or
/// downloaded as Word and Excel — all from the one <see cref="BulletinBuilder"/>.</summary>
public sealed class BulletinModel(BulletinBuilder builder, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Month { get; set; }

    public int SelectedYear { get; private set; }
    public BulletinData? Data { get; private set; }

    public async Task OnGetAsync() => Data = await LoadAsync();

    public async Task<IActionResult> OnGetDocxAsync() =>
        await LoadAsync() is { } d ? File(BulletinDocx.Write(d, t), BulletinDocx.ContentType, FileName(d, "docx")) : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync() =>
        await LoadAsync() is { } d ? File(await BulletinXlsx.WriteAsync(d, t), BulletinXlsx.ContentType, FileName(d, "xlsx")) : NotFound();

    private Task<BulletinData?> LoadAsync()
    {
        SelectedYear = ProgrammeYear.Resolve(HttpContext, Year);
        return builder.BuildAsync(SelectedYear, Month);
    }

    private string FileName(BulletinData d, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{t["工作情况通报"]}-{d.Year}-{d.Month:00}.{extension}");
}
