using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The office chooses which key projects the public pages show and what each releases, through
/// <see cref="PublishedProjectSave"/> (the API's and the demo's path).</summary>
[Function(Policies.BusinessWrite)]
public sealed class PublishedProjectsModel(AppDbContext db, UserScope scope, Texts t, PublishedProjectSave save, PublicAddress address) : PageModel
{
    [BindProperty]
    public PublishedProjectInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Edit { get; set; }

    public List<PublishedRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Candidates { get; private set; } = [];
    public VersionConflict? Conflict { get; private set; }
    /// <summary>What the last save did (saved / withdrawn), after the redirect that follows it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }
    public bool AddressConfigured => address.Configured is not null;
    public string PublicBase => address.Base(Request);

    public bool CanChange(PublishedRow row) => scope.CanWrite(row.OwnerUnitId);

    public async Task<IActionResult> OnGetAsync()
    {
        if (Edit is { } id)
        {
            var row = await db.PublishedProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
            if (row is null)
            {
                return NotFound();
            }
            Input = PublishedProjectInput.From(row);
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var result = Edit is { } id ? await save.UpdateAsync(id, Input) : await save.CreateAsync(Input);
        return await AnswerAsync(result, "saved");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int? version)
    {
        Edit = null;
        return await AnswerAsync(await save.WithdrawAsync(id, version), "withdrawn");
    }

    private async Task<IActionResult> AnswerAsync(PublishSaveResult result, string done)
    {
        switch (result.Outcome)
        {
            case PublishOutcome.Saved:
                return Redirect("/Policies/Published?done=" + done);
            case PublishOutcome.NotFound:
                return NotFound();
            case PublishOutcome.Conflict:
                Conflict = result.Conflict!.For<PublishedProjectInput>();
                Input.Version = result.Conflict.Current;
                ModelState.Remove("Input.Version");
                break;
            default:
                foreach (var (field, message) in result.Errors)
                {
                    ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, t[message]);
                }
                break;
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Rows = await PublishedQuery.ListAsync(db);
        var published = Rows.Select(r => r.ProjectId).ToHashSet();
        // The key projects the user's unit may publish (scope reads filter the list; writes are checked again on save).
        var keys = await db.KeyProjects.AsNoTracking().Where(k => k.Project!.MergedIntoId == null)
            .Select(k => new { k.ProjectId, k.Project!.Name, k.OwnerUnitId, k.Year }).ToListAsync();
        Candidates = [.. keys.Where(k => !published.Contains(k.ProjectId) && scope.CanWrite(k.OwnerUnitId))
            .GroupBy(k => k.ProjectId).Select(g => g.MaxBy(k => k.Year)!)
            .OrderByDescending(k => k.Year).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => new SelectListItem($"{k.Name}（{k.Year}）", k.ProjectId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                k.ProjectId == Input.ProjectId))];
    }
}
