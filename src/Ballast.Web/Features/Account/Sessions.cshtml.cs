using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Account;

/// <summary>The user's own open sessions (page and API), with an end button for each and one for
/// every other session. Only the user's own sessions can be named here.</summary>
[Function(Policies.Own)]
public sealed class SessionsModel(AppDbContext db, SessionService sessions, UserScope scope, Texts t) : PageModel
{
    public IReadOnlyList<UserSession> Open { get; private set; } = [];
    public string? CurrentId { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        CurrentId = (await sessions.CurrentAsync(User))?.Id;
        var now = db.Time.GetUtcNow();
        var mine = await db.UserSessions.AsNoTracking().Where(s => s.UserId == scope.UserId && s.EndedAt == null).ToListAsync();
        Open = [.. mine.Where(s => sessions.IsAlive(s, now)).OrderByDescending(s => s.Id == CurrentId).ThenByDescending(s => s.LastSeenAt)];
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id)
    {
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == id && s.UserId == scope.UserId && s.EndedAt == null);
        if (session is null)
        {
            return NotFound();
        }
        session.EndedAt = db.Time.GetUtcNow();
        db.AddAuditEvent(AuditActions.SessionRevoked, nameof(AppUser), Key, $"{{\"kind\":\"{session.Kind}\",\"count\":1}}");
        await db.SaveChangesAsync();
        if (session.Id == User.FindFirst(AuthSetup.SessionClaim)?.Value)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return RedirectToPage("/Auth/Login");
        }
        Message = t["会话已结束"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOthersAsync()
    {
        var ended = await AccountChanges.EndSessionsAsync(db, scope.UserId!.Value, except: User.FindFirst(AuthSetup.SessionClaim)?.Value);
        db.AddAuditEvent(AuditActions.SessionRevoked, nameof(AppUser), Key, $"{{\"others\":true,\"count\":{ended}}}");
        await db.SaveChangesAsync();
        Message = t["已结束其他 {0} 个会话", ended];
        return RedirectToPage();
    }

    private string Key => scope.UserId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
