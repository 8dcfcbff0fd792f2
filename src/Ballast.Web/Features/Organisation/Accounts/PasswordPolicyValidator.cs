using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Organisation;

/// <summary>The policy beyond length (which Identity's own validator checks): character classes, the
/// user name, and the last passwords. Every channel that sets a password (page, command, reset, the
/// user's own change) goes through UserManager and so through here.</summary>
public sealed class PasswordPolicyValidator(AppDbContext db, IPasswordHasher<AppUser> hasher, IOptions<PasswordPolicy> options, Texts t)
    : IPasswordValidator<AppUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var policy = options.Value;
        password ??= "";
        var errors = new List<IdentityError>();
        if (PasswordPolicy.ClassesIn(password) < policy.RequiredClasses)
        {
            errors.Add(Error("PasswordClasses", t["密码须包含大写字母、小写字母、数字、符号中的至少{0}类", policy.RequiredClasses]));
        }
        var name = user.UserName?.Trim() ?? "";
        if (name.Length >= PasswordPolicy.ShortestNameChecked && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Error("PasswordContainsUserName", t["密码不能包含用户名"]));
        }
        if (errors.Count == 0 && await IsRecentAsync(user, password, policy.HistoryCount))
        {
            errors.Add(Error("PasswordReused", t["密码不能与最近{0}次使用过的密码相同", policy.HistoryCount]));
        }
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private async Task<bool> IsRecentAsync(AppUser user, string password, int count)
    {
        if (user.Id == 0 || count <= 0)
        {
            return false;
        }
        var hashes = await db.PasswordHistory.AsNoTracking().Where(h => h.UserId == user.Id)
            .OrderByDescending(h => h.Id).Take(count).Select(h => h.Hash).ToListAsync();
        // The current password is always one of them, also for an account older than the history.
        if (user.PasswordHash is { } current && !hashes.Contains(current))
        {
            hashes.Insert(0, current);
        }
        return hashes.Take(count).Any(h => hasher.VerifyHashedPassword(user, h, password) != PasswordVerificationResult.Failed);
    }

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
