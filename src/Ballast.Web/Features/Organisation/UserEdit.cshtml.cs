using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Organisation;

/// <summary>Creates and edits accounts. Every change goes through UserManager, so Identity's rules
/// apply and the audit trail records it, inside one transaction: a refused step writes nothing.
/// A password set here is temporary: its owner must change it at the next sign-in.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Function(Policies.ManageUsers)]
public sealed class UserEditModel(
    AppDbContext db, UserManager<AppUser> users, UserScope scope, IOptions<PasswordPolicy> policy, Texts t) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public bool IsSelf { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public bool HasTwoFactor { get; private set; }
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public PasswordPolicy Policy => policy.Value;

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        var user = id is null ? null : await users.FindByIdAsync(id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (id is not null && user is null)
        {
            return NotFound();
        }
        if (user is not null)
        {
            Input = UserInput.From(user, await users.GetRolesAsync(user));
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var user = id is null ? null : await users.FindByIdAsync(id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (id is not null && user is null)
        {
            return NotFound();
        }
        var current = user is null ? [] : await users.GetRolesAsync(user);
        var wanted = Input.RoleNames.Distinct(StringComparer.Ordinal).ToList();
        await ValidateAsync(user, current, wanted);
        if (ModelState.IsValid)
        {
            var result = await SaveAsync(user, current, wanted);
            if (result.Succeeded)
            {
                return RedirectToPage("/Organisation/Users");
            }
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(FieldOf(e), t[e.Description]);
            }
        }
        await LoadAsync(user);
        return Page();
    }

    private async Task ValidateAsync(AppUser? user, IList<string> current, List<string> wanted)
    {
        if (user is null && string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.UserName", t["请填写用户名"]);
        }
        if (user is null && string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", t["请设置初始密码"]);
        }
        if (wanted.Count == 0)
        {
            ModelState.AddModelError("Input.RoleNames", t["请至少选择一个角色"]);
        }
        else if (wanted.Any(r => !Roles.All.Contains(r)))
        {
            ModelState.AddModelError("Input.RoleNames", t["角色无效"]);
        }
        else if (Roles.SeparationProblem(wanted) is { } problem)
        {
            ModelState.AddModelError("Input.RoleNames", t[problem]);
        }
        // A security administrator must not widen their own powers or data scope.
        var self = user is not null && user.Id == scope.UserId;
        if (self && !wanted.ToHashSet(StringComparer.Ordinal).SetEquals(current))
        {
            ModelState.AddModelError("Input.RoleNames", t["不能修改自己的角色"]);
        }
        if (self && Input.UnitId != user!.UnitId)
        {
            ModelState.AddModelError("Input.UnitId", t["不能修改自己的所属单位"]);
        }
        if (self && Input.Disabled)
        {
            ModelState.AddModelError("Input.Disabled", t["不能停用自己的账户"]);
        }
        if (Input.UnitId > 0 && Input.UnitId != user?.UnitId && !await db.Units.AnyAsync(u => u.Id == Input.UnitId && u.IsActive))
        {
            ModelState.AddModelError("Input.UnitId", t["请选择所属单位"]);
        }
        if (!string.IsNullOrEmpty(Input.Password))
        {
            var subject = user ?? new AppUser { UserName = Input.UserName, DisplayName = Input.DisplayName };
            foreach (var validator in users.PasswordValidators)
            {
                var checkedPassword = await validator.ValidateAsync(users, subject, Input.Password);
                foreach (var e in checkedPassword.Errors)
                {
                    ModelState.AddModelError("Input.Password", t[e.Description]);
                }
            }
        }
    }

    private async Task<IdentityResult> SaveAsync(AppUser? user, IList<string> current, List<string> wanted)
    {
        await DemoSeeder.EnsureRolesAsync(HttpContext.RequestServices);
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = user is null ? await CreateAsync(wanted) : await UpdateAsync(user, current, wanted);
        if (result.Succeeded)
        {
            await tx.CommitAsync();
        }
        return result;
    }

    private async Task<IdentityResult> CreateAsync(List<string> wanted)
    {
        var user = new AppUser
        {
            UserName = Input.UserName!.Trim(), DisplayName = Input.DisplayName.Trim(), UnitId = Input.UnitId, MustChangePassword = true,
            IsDisabled = Input.Disabled,
        };
        var result = await users.CreateAsync(user, Input.Password!);
        return result.Succeeded ? await users.AddToRolesAsync(user, wanted) : result;
    }

    private async Task<IdentityResult> UpdateAsync(AppUser user, IList<string> current, List<string> wanted)
    {
        var steps = new List<Func<Task<IdentityResult>>>();
        var name = Input.DisplayName.Trim();
        if (user.DisplayName != name || user.UnitId != Input.UnitId)
        {
            user.DisplayName = name;
            user.UnitId = Input.UnitId;
            steps.Add(() => users.UpdateAsync(user));
        }
        var remove = current.Except(wanted, StringComparer.Ordinal).ToList();
        var add = wanted.Except(current, StringComparer.Ordinal).ToList();
        if (remove.Count > 0)
        {
            steps.Add(() => users.RemoveFromRolesAsync(user, remove));
        }
        if (add.Count > 0)
        {
            steps.Add(() => users.AddToRolesAsync(user, add));
        }
        if (Input.Unlock && (user.LockoutEnd is not null || user.AccessFailedCount > 0))
        {
            steps.Add(() => users.SetLockoutEndDateAsync(user, null));
            steps.Add(() => users.ResetAccessFailedCountAsync(user));
        }
        var newPassword = Input.Password;
        if (!string.IsNullOrEmpty(newPassword))
        {
            steps.Add(async () =>
            {
                user.MustChangePassword = true;
                db.AddAuditEvent(AuditActions.PasswordReset, nameof(AppUser), Key(user));
                return await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
            });
        }
        if (Input.ResetTwoFactor && user.TwoFactorEnabled)
        {
            steps.Add(() =>
            {
                db.AddAuditEvent(AuditActions.TwoFactorReset, nameof(AppUser), Key(user));
                return AccountChanges.RemoveTwoFactorAsync(users, user);
            });
        }
        if (Input.Disabled != user.IsDisabled)
        {
            steps.Add(() =>
            {
                db.AddAuditEvent(Input.Disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, nameof(AppUser), Key(user));
                return AccountChanges.SetDisabledAsync(db, users, user, Input.Disabled);
            });
        }
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result;
            }
        }
        if (remove.Count + add.Count > 0 || !string.IsNullOrEmpty(newPassword) || Input.ResetTwoFactor)
        {
            // Open sessions carry the old roles or were opened with the old password or factor: end them.
            await AccountChanges.EndSessionsAsync(db, user.Id);
        }
        return IdentityResult.Success;
    }

    private static string Key(AppUser user) => user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadAsync(AppUser? user)
    {
        Id = user?.Id;
        IsSelf = user is not null && user.Id == scope.UserId;
        LockedUntil = user?.LockoutEnd is { } end && end > db.Time.GetUtcNow() ? end : null;
        HasTwoFactor = user?.TwoFactorEnabled == true;
        var units = await db.Units.AsNoTracking().ToListAsync();
        Units = UnitOutline.Choices(units, u => u.IsActive || u.Id == Input.UnitId);
    }

    private static string FieldOf(IdentityError e) =>
        e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password"
        : e.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.UserName"
        : "";
}
