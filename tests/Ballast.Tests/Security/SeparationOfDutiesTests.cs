using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Common;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Security;

/// <summary>三员分立: no account merges two duties, no administrator changes a business record by any
/// channel, the audit trail is the auditor's alone, and refusals and the auditor's reading are audited.</summary>
public sealed class SeparationOfDutiesTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public void Every_role_set_with_an_administrator_and_anything_else_is_refused()
    {
        for (var mask = 0; mask < 1 << Roles.All.Count; mask++)
        {
            var set = Roles.All.Where((_, i) => (mask & 1 << i) != 0).ToList();
            var merges = set.Count > 1 && set.Any(Roles.Separated.Contains);
            Assert.True(merges == Roles.SeparationProblem(set) is not null, string.Join("+", set));
        }
    }

    public static TheoryData<string, string> AdminAndOther()
    {
        var data = new TheoryData<string, string>();
        foreach (var admin in Roles.Separated)
        {
            foreach (var other in Roles.All.Where(r => r != admin))
            {
                data.Add(admin, other);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AdminAndOther))]
    public async Task The_security_admin_cannot_give_an_administrator_a_second_role(string admin, string other)
    {
        var name = $"two-{admin}-{other}".ToLowerInvariant();
        await factory.CreateUserAsync(name, "dept-drc", admin);
        var secadmin = await SignedInAsync("sec-" + name, Roles.SecurityAdmin);
        var (id, unit) = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => new { u.Id, u.UnitId }).SingleAsync()
            .ContinueWith(t => (t.Result.Id, t.Result.UnitId), TaskScheduler.Default));

        var response = await Forms.PostAsync(secadmin, $"/Organisation/UserEdit/{id}",
            ("Input.DisplayName", name), ("Input.UnitId", unit.ToString(CultureInfo.InvariantCulture)),
            ("Input.RoleNames", admin), ("Input.RoleNames", other));

        Assert.Contains("不得兼任其他角色", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var roles = await factory.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                                     where ur.UserId == id select r.Name).ToListAsync());
        Assert.Equal([admin], roles);
    }

    [Theory]
    [InlineData(Roles.SystemAdmin)]
    [InlineData(Roles.SecurityAdmin)]
    [InlineData(Roles.Auditor)]
    public async Task An_administrator_cannot_change_a_business_record_of_their_own_unit_even_past_the_gate(string admin)
    {
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "dept-drc").Select(u => u.Id).SingleAsync());
        using var scope = factory.Services.CreateScope();
        var user = scope.ServiceProvider.GetRequiredService<UserScope>();
        user.SetUser(1, "admin-" + admin, readsAll: false, writesAll: false, unitIds: [unit], writesBusiness: false);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Carriers.Add(new Ballast.Web.Features.Lists.Carrier { Name = "管理员不能新增的载体", OwnerUnitId = unit });

        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        Assert.False(user.CanWrite(unit));
    }

    [Fact]
    public async Task Only_the_auditor_reads_the_audit_trail_and_the_reading_is_itself_audited()
    {
        foreach (var role in Roles.All)
        {
            var client = await SignedInAsync("reader-" + role.ToLowerInvariant(), role);
            var api = await client.GetAsync("/api/audit");
            var page = await client.GetAsync("/Audit");
            var expected = role == Roles.Auditor;
            Assert.True(expected == (api.StatusCode == HttpStatusCode.OK), $"{role} /api/audit → {api.StatusCode}");
            Assert.True(expected == (page.StatusCode == HttpStatusCode.OK), $"{role} /Audit → {page.StatusCode}");
        }
        var reads = await factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.UserName == "reader-auditor" && e.Action == AuditActions.Read).CountAsync());
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task A_refused_write_is_kept_in_the_audit_trail_with_who_and_what()
    {
        var district = await Browser.WithTokenAsync(factory, "sep-district", await factory.CreateUserAsync("sep-district", "370211", Roles.DistrictStaff));
        var response = await district.PostAsJsonAsync("/api/dispatch/periods", new { year = 2023, month = 10 });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("统筹管理", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var entry = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.UserName == "sep-district" && e.Action == AuditActions.Denied)
            .OrderByDescending(e => e.Id).FirstAsync());
        Assert.Contains("/api/dispatch/periods", entry.After, StringComparison.Ordinal);
        Assert.Contains("ProgrammeManage", entry.After, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.ReportingPeriods.AnyAsync(p => p.Year == 2023 && p.Month == 10)));
    }

    private async Task<HttpClient> SignedInAsync(string name, string role, string unit = "dept-drc") =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, unit, role));
}
