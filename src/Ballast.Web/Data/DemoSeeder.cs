using System.Security.Cryptography;
using System.Text;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's people and a few records, loaded once. There is no default password: each
/// demo user gets a generated one, printed once and written to a file only the owner can read.</summary>
public static class DemoSeeder
{
    public sealed record DemoUser(string UserName, string DisplayName, string UnitCode, string Role);

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("office", "领导小组办公室 王主任", "dept-drc", Roles.ProgrammeOffice),
        new("leader", "市领导 李市长", "370200", Roles.CityLeader),
        new("xihaian", "西海岸新区 项目专员", "370211", Roles.DistrictStaff),
        new("jimo", "即墨区 项目专员", "370215", Roles.DistrictStaff),
        new("industry", "市工业和信息化局 产业链专班", "dept-miit", Roles.DepartmentStaff),
        new("commerce", "市商务局 招商专员", "dept-commerce", Roles.DepartmentStaff),
        new("vrpark", "虚拟现实产业园 运营", "park-01", Roles.ParkOperator),
        new("sysadmin", "系统管理员", "dept-drc", Roles.SystemAdmin),
        new("secadmin", "安全管理员", "dept-drc", Roles.SecurityAdmin),
        new("auditor", "安全审计员", "dept-drc", Roles.Auditor),
    ];

    public static async Task SeedAsync(IServiceProvider sp, IConfiguration config, string contentRoot)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Demo");
        if (await db.Users.AnyAsync())
        {
            return;
        }
        await EnsureRolesAsync(sp);
        var units = await db.Units.ToDictionaryAsync(u => u.Code);
        var lines = new StringBuilder("Ballast demo users (generated at first start; change them before real use)\n")
            .Append("The three administrators sign in with a second factor: add their key to an authenticator app\n")
            .Append("(or print the current code with `oathtool --totp -b KEY`).\n")
            .Append("user\tpassword\trole\tauthenticator key\n");
        foreach (var d in Users)
        {
            var password = GeneratePassword();
            // Created through UserManager, so the password is dated now: no forced change at first sign-in.
            var user = new AppUser { UserName = d.UserName, DisplayName = d.DisplayName, UnitId = units[d.UnitCode].Id };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, d.Role));
            var key = Roles.Separated.Contains(d.Role) ? await AccountChanges.EnrolAuthenticatorAsync(users, user) : "";
            lines.Append(d.UserName).Append('\t').Append(password).Append('\t').Append(Roles.DisplayName(d.Role))
                .Append('\t').Append(key).Append('\n');
        }

        var file = Path.Combine(DatabaseSetup.DataFolder(config, contentRoot), "demo-credentials.txt");
        await File.WriteAllTextAsync(file, lines.ToString());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        // Printed once, on the first start only.
        Console.WriteLine();
        Console.WriteLine(lines.ToString());
        Console.WriteLine($"(also written to {file}, readable by its owner only)");
        log.LogInformation("Demo users created; credentials written to {File}", file);

        await new DemoPortfolio(db).SeedAsync();
        await DemoProgramme.SeedAsync(db);
        await DemoEnterprises.SeedAsync(sp);
        await DemoServices.SeedAsync(sp);
        // The demo leader account sees "my projects" as the first demo leader.
        var leaderUser = await users.FindByNameAsync("leader");
        var leader = await db.Leaders.OrderBy(l => l.SortOrder).FirstAsync();
        leader.UserId = leaderUser!.Id;
        await db.SaveChangesAsync();
        await DemoChains.SeedAsync(db);
        await DemoParks.SeedAsync(sp);
        await DemoPolicies.SeedAsync(sp);
        await DemoPerMu.SeedAsync(sp);
        await DemoLand.SeedAsync(sp);
        await DemoPublished.SeedAsync(sp);
        await DemoRewards.SeedAsync(sp);
        await DemoCampaigns.SeedAsync(sp);
    }

    public static async Task EnsureRolesAsync(IServiceProvider sp)
    {
        var roles = sp.GetRequiredService<RoleManager<AppRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new AppRole { Name = role }));
            }
        }
    }

    /// <summary>14 characters mixing all four classes (so any policy up to four classes and 14
    /// characters accepts it), without look-alikes (0/O, 1/l/I).</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "#%+=@";
        const string all = upper + lower + digits;
        var chars = new char[14];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
