using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

[Function(Policies.BusinessWrite)]
public sealed class PolicyEditModel(AppDbContext db, PolicySave save, UploadInspector inspector, Texts t) : PageModel
{
    [BindProperty] public PolicyInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<SelectListItem> Areas { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Divisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            var policy = await db.Policies.AsNoTracking().Include(p => p.Chains).Include(p => p.Industries).Include(p => p.Contacts)
                .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id);
            if (policy is null)
            {
                return NotFound();
            }
            Input = PolicyInput.From(policy);
            Id = id;
        }
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, IFormFile? docx)
    {
        Id = id;
        if (docx is not null && await ReadDocxAsync(docx) is { } refusal)
        {
            ModelState.AddModelError("docx", refusal);
        }
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }
        var result = id is null ? await save.CreateAsync(Input) : await save.UpdateAsync(id.Value, Input);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                return Redirect($"/Policies/{result.Policy!.Id}");
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                Input.Version = result.CurrentVersion ?? Input.Version;
                ModelState.Remove("Input.Version");
                break;
            default:
                break;
        }
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"Input.{field}", message);
        }
        await LoadChoicesAsync();
        return Page();
    }

    /// <summary>The full text from a Word file: only .docx (refused by name otherwise), inspected before it is opened.</summary>
    private async Task<string?> ReadDocxAsync(IFormFile docx)
    {
        var name = UploadNames.ForMessage(UploadNames.BaseName(docx.FileName));
        if (!docx.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return t["「{0}」不是 Word 文档（.docx）：全文只能从 .docx 读取，其他格式请打开后复制粘贴全文", name].Value;
        }
        var inspection = await inspector.InspectAsync(docx, UploadPurpose.Evidence, HttpContext.RequestAborted);
        if (!inspection.Passed)
        {
            return inspection.Refusal.Message(t);
        }
        try
        {
            Input.FullText = DocxText.Read(inspection.Upload.Content);
        }
        catch (Exception e) when (e is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException)
        {
            return t["「{0}」无法读取：文件已损坏或不是 Word 文档", name].Value;
        }
        return string.IsNullOrWhiteSpace(Input.FullText) ? t["「{0}」中没有文字", name].Value : null;
    }

    private async Task LoadChoicesAsync()
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive && (u.Kind == UnitKind.District || u.Kind == UnitKind.FunctionalArea
            || u.Kind == UnitKind.Park)).OrderBy(u => u.Kind == UnitKind.Park).ThenBy(u => u.SortOrder).ToListAsync();
        Areas = [.. units.Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), Key(u.Id), u.Id == Input.AreaUnitId))];
        Chains = [.. (await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync())
            .Select(c => new SelectListItem(Texts.Pick(c.Name, c.NameEn), Key(c.Id), Input.ChainIds.Contains(c.Id)))];
        Divisions = [.. (await db.IndustryDivisions.AsNoTracking().OrderBy(d => d.Code).ToListAsync())
            .Select(d => new SelectListItem($"{d.Code} {Texts.Pick(d.Name, d.NameEn)}", d.Code, Input.DivisionCodes.Contains(d.Code)))];
        while (Input.Contacts.Count < 3)
        {
            Input.Contacts.Add(new PolicyContactInput());
        }
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
