using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auditing;

[Authorize(Policy = Policies.Audit)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityKey { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(bool verify = false)
    {
        PageNumber = Math.Max(PageNumber, 1);
        Entries = await AuditQuery.Filter(db, EntityType, EntityKey, UserName)
            .Skip((PageNumber - 1) * AuditQuery.PageSize).Take(AuditQuery.PageSize).ToListAsync();
        EntityTypes = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(x => x).ToListAsync();
        if (verify)
        {
            Verification = await AuditVerifier.VerifyAsync(db);
        }
        await AuditQuery.RecordReadAsync(db, EntityType, EntityKey, UserName, PageNumber, verify);
    }
}
