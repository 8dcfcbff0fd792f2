using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

[Function(Policies.BusinessWrite)]
public sealed class PolicyDetailsModel(AppDbContext db, UserScope scope, PolicyStatusSave statuses, UploadInspector inspector, Texts t) : PageModel
{
    public Policy Policy { get; private set; } = null!;
    public PolicyStatus Status { get; private set; }
    public string? AreaName { get; private set; }
    public string OwnerName { get; private set; } = "";
    public IReadOnlyList<PolicyStatusChange> History { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Industries { get; private set; } = [];
    public IReadOnlyList<PolicyAttachment> Attachments { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Titles { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<Policy> Replaces { get; private set; } = [];
    public IReadOnlyList<Policy> InForce { get; private set; } = [];
    public bool CanEdit { get; private set; }

    [BindProperty] public StatusInput Change { get; set; } = new();
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(int id)
    {
        var result = await statuses.ChangeAsync(id, Change);
        if (result.Outcome == SaveOutcome.Saved)
        {
            return Redirect($"/Policies/{id}");
        }
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"Change.{field}", message);
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAttachAsync(int id, IFormFile? file, bool isPublic)
    {
        var policy = await db.Policies.SingleOrDefaultAsync(p => p.Id == id);
        if (policy is null)
        {
            return NotFound();
        }
        var inspection = await inspector.InspectAsync(file, UploadPurpose.Evidence, HttpContext.RequestAborted);
        if (!scope.CanWrite(policy.OwnerUnitId))
        {
            Message = t["只能修改本单位的政策"];
        }
        else if (!inspection.Passed)
        {
            Message = inspection.Refusal.Message(t);
        }
        else
        {
            var upload = inspection.Upload;
            db.PolicyAttachments.Add(new PolicyAttachment
            {
                PolicyId = id, FileName = upload.FileName, ContentType = upload.ContentType, Content = upload.Content, Size = upload.Content.Length,
                IsPublic = isPublic, UploadedAt = db.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
            return Redirect($"/Policies/{id}#attachments");
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostVisibilityAsync(int id, int attachmentId, bool isPublic)
    {
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        var attachment = await db.PolicyAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.PolicyId == id);
        if (policy is null || attachment is null)
        {
            return NotFound();
        }
        if (scope.CanWrite(policy.OwnerUnitId))
        {
            attachment.IsPublic = isPublic;
            await db.SaveChangesAsync();
        }
        return Redirect($"/Policies/{id}#attachments");
    }

    /// <summary>Served as an attachment with nosniff, never rendered in the browser.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int attachmentId)
    {
        var a = await db.PolicyAttachments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == attachmentId && x.PolicyId == id);
        if (a is null || !await db.Policies.AnyAsync(p => p.Id == id))
        {
            return NotFound();
        }
        Attachment.Prepare(Response, a.FileName, Attachment.GeneratedName("policy-file", a.Id, a.FileName));
        return File(a.Content, Attachment.ContentType(a.ContentType));
    }

    private async Task<bool> LoadAsync(int id)
    {
        var p = await db.Policies.AsNoTracking().Include(x => x.Chains).ThenInclude(c => c.Chain).Include(x => x.Industries).Include(x => x.Contacts)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id);
        if (p is null)
        {
            return false;
        }
        Policy = p;
        var today = CityTime.Today(db.Time);
        Status = PolicyStatuses.Effective(p, today);
        CanEdit = scope.CanWrite(p.OwnerUnitId);
        var units = await db.Units.AsNoTracking().Where(u => u.Id == p.OwnerUnitId || u.Id == p.AreaUnitId).ToListAsync();
        AreaName = units.FirstOrDefault(u => u.Id == p.AreaUnitId) is { } area ? Texts.Pick(area.Name, area.NameEn) : null;
        OwnerName = units.FirstOrDefault(u => u.Id == p.OwnerUnitId) is { } owner ? Texts.Pick(owner.Name, owner.NameEn) : "";
        // Ordered here: SQLite cannot order by a DateTimeOffset, and a policy's history is a few rows.
        History = [.. (await db.PolicyStatusChanges.AsNoTracking().Where(c => c.PolicyId == id).ToListAsync()).OrderBy(c => c.At).ThenBy(c => c.Id)];
        var codes = p.Industries.Select(i => i.DivisionCode).ToList();
        Industries = [.. (await db.IndustryDivisions.AsNoTracking().Where(d => codes.Contains(d.Code)).OrderBy(d => d.Code).ToListAsync())
            .Select(d => (d.Code, Texts.Pick(d.Name, d.NameEn)))];
        Attachments = await db.PolicyAttachments.AsNoTracking().Where(a => a.PolicyId == id).OrderBy(a => a.Id)
            .Select(a => new PolicyAttachment { Id = a.Id, FileName = a.FileName, ContentType = a.ContentType, Content = Array.Empty<byte>(), Size = a.Size,
                IsPublic = a.IsPublic, UploadedAt = a.UploadedAt }).ToListAsync();
        var linked = History.Where(h => h.ReplacedById is not null).Select(h => h.ReplacedById!.Value).Append(p.ReplacedById ?? 0).ToList();
        Titles = await db.Policies.AsNoTracking().Where(x => linked.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Title);
        Replaces = await db.Policies.AsNoTracking().Where(x => x.ReplacedById == id).OrderBy(x => x.Id).ToListAsync();
        InForce = CanEdit ? await db.Policies.AsNoTracking().Where(x => x.Id != id).Where(PolicyStatuses.InForceOn(today)).OrderBy(x => x.Title).ToListAsync() : [];
        Change.Version = p.Version;
        return true;
    }
}
