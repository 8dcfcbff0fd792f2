using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common;

namespace Ballast.Web.Features.Organisation;

/// <summary><c>users add --name … --display … --unit … --role …</c>; the password comes from
/// standard input so that it never appears in the shell history or the process list, and is
/// temporary: its owner changes it at the first sign-in. <c>users disable|enable --name …</c>.</summary>
public static class UsersCommand
{
    /// <summary>Disables (ending every session at once) or enables an account.</summary>
    public static async Task<int> SetDisabledAsync(IServiceProvider sp, string[] args, bool disabled, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.Options(args).TryGetValue("name", out var name))
        {
            await stderr.WriteLineAsync($"users {(disabled ? "disable" : "enable")} needs --name");
            return 2;
        }
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(name) is not { } user)
        {
            await stderr.WriteLineAsync($"unknown user '{name}'");
            return 2;
        }
        var db = sp.GetRequiredService<AppDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        if (user.IsDisabled != disabled)
        {
            db.AddAuditEvent(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, nameof(AppUser),
                user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var result = await AccountChanges.SetDisabledAsync(db, users, user, disabled);
        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync(string.Join("\n", result.Errors.Select(e => e.Description)));
            return 1;
        }
        await tx.CommitAsync();
        await stdout.WriteLineAsync(disabled ? $"disabled {name}; every session of theirs has ended" : $"enabled {name}");
        return 0;
    }

    public static async Task<int> AddAsync(IServiceProvider sp, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var o = CommandLine.Options(args);
        if (!o.TryGetValue("name", out var name) || !o.TryGetValue("unit", out var unitCode) || !o.TryGetValue("role", out var role))
        {
            await stderr.WriteLineAsync("users add needs --name, --unit and --role (and optionally --display); the password is read from stdin.");
            return 2;
        }
        if (!Roles.All.Contains(role))
        {
            await stderr.WriteLineAsync($"unknown role '{role}'; roles: {string.Join(", ", Roles.All)}");
            return 2;
        }
        var db = sp.GetRequiredService<AppDbContext>();
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == unitCode);
        if (unit is null)
        {
            await stderr.WriteLineAsync($"unknown unit code '{unitCode}'");
            return 2;
        }
        var password = (await stdin.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync("no password on stdin");
            return 2;
        }
        await DemoSeeder.EnsureRolesAsync(sp);
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = name, DisplayName = o.GetValueOrDefault("display", name), UnitId = unit.Id, MustChangePassword = true };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, role);
        }
        if (!created.Succeeded)
        {
            await stderr.WriteLineAsync(string.Join("\n", created.Errors.Select(e => e.Description)));
            return 1;
        }
        await stdout.WriteLineAsync($"created {name} ({Roles.DisplayName(role)}, {unit.Name})");
        return 0;
    }
}
