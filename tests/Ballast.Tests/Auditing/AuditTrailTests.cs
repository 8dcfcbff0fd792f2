using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Auditing;

public sealed class AuditTrailTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Create_change_and_delete_are_recorded_with_who_and_before_after()
    {
        var password = await factory.CreateUserAsync("audit-writer", "370211", Roles.DistrictStaff);
        var client = await Browser.WithTokenAsync(factory, "audit-writer", password);
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync());

        var created = await client.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "审计 测试项目", OwnerUnitId = unit, TotalInvestment = 30000m });
        var dto = await created.Content.ReadFromJsonAsync<ProjectsApi.ProjectDto>();
        await client.PutAsJsonAsync($"/api/projects/{dto!.Id}", new ProjectInput { Name = "审计 测试项目", OwnerUnitId = unit, TotalInvestment = 45000m });
        await factory.WithDbAsync(async db =>
        {
            db.Projects.Remove(await db.Projects.SingleAsync(p => p.Id == dto.Id));
            await db.SaveChangesAsync();
        });

        var key = dto.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Project) && e.EntityKey == key).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditActions.Create, AuditActions.Update, AuditActions.Delete], entries.Select(e => e.Action));

        Assert.Equal("audit-writer", entries[0].UserName);
        Assert.Equal("api", entries[0].Channel);
        Assert.Null(entries[0].Before);
        Assert.Contains("审计 测试项目", entries[0].After, StringComparison.Ordinal);

        using var before = JsonDocument.Parse(entries[1].Before!);
        using var after = JsonDocument.Parse(entries[1].After!);
        Assert.Equal(30000m, before.RootElement.GetProperty("TotalInvestment").GetDecimal());
        Assert.Equal(45000m, after.RootElement.GetProperty("TotalInvestment").GetDecimal());
        Assert.False(before.RootElement.TryGetProperty("Name", out _));

        Assert.Equal("system", entries[2].UserName);
        Assert.Contains("45000", entries[2].Before, StringComparison.Ordinal);
        Assert.Null(entries[2].After);
    }

    [Fact]
    public async Task Passwords_never_reach_the_trail()
    {
        await factory.CreateUserAsync("audit-secret", "370211", Roles.DistrictStaff);
        var userEntries = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(AppUser)).ToListAsync());
        Assert.NotEmpty(userEntries);
        Assert.All(userEntries, e => Assert.DoesNotContain("AQAAAA", e.After ?? "", StringComparison.Ordinal));
        Assert.Contains(userEntries, e => (e.After ?? "").Contains("\"PasswordHash\":\"***\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_finds_the_trail_intact_then_catches_an_edited_entry()
    {
        var password = await factory.CreateUserAsync("audit-auditor", "dept-drc", Roles.Auditor);
        var client = await Browser.WithTokenAsync(factory, "audit-auditor", password);

        var ok = await client.GetFromJsonAsync<AuditVerification>("/api/audit/verify");
        Assert.True(ok!.Intact);
        Assert.True(ok.Checked > 100, "reference data, the user and the sign-in are all in the trail");

        // Someone with database access quietly rewrites history.
        var victim = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Chain").Select(e => e.Id).FirstAsync());
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditEntries\" SET \"UserName\" = 'mallory' WHERE \"Id\" = {0}", victim));

        var broken = await client.GetFromJsonAsync<AuditVerification>("/api/audit/verify");
        Assert.False(broken!.Intact);
        Assert.Equal(victim, broken.BrokenAt);

        var command = await factory.WithDbAsync(async db =>
        {
            using var output = new StringWriter();
            var code = await AuditVerifier.RunAsync(db, output);
            return (code, output.ToString());
        });
        Assert.Equal(1, command.code);
        Assert.Contains($"BROKEN at entry {victim}", command.Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_auditors_read_the_trail()
    {
        var password = await factory.CreateUserAsync("audit-sysadmin", "dept-drc", Roles.SystemAdmin);
        var api = await Browser.WithTokenAsync(factory, "audit-sysadmin", password);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/audit")).StatusCode);
        var page = await Browser.SignedInAsync(factory, "audit-sysadmin", password);
        var response = await page.GetAsync("/Audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Auth/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
