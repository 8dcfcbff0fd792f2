using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Compendium;

/// <summary>The policy page reads the text of the policy it shows, and only titles of the others (the choice of a
/// replacement lists every policy in force; their full texts run to pages each); a firm's offers read no text at all.</summary>
public sealed class PolicyReadTests(CommandLogFactory factory) : IClassFixture<CommandLogFactory>
{
    [Fact]
    public async Task A_firms_offers_read_the_conditions_and_no_policy_text()
    {
        var policyId = await MatchingData.ArrangeAsync(factory, "读", 970);
        var office = await Browser.WithTokenAsync(factory, "pol-read-offers", await factory.CreateUserAsync("pol-read-offers", "dept-miit", Roles.DepartmentStaff));
        var read = await (await office.GetAsync($"/api/policies/{policyId}/conditions")).Content.ReadFromJsonAsync<JsonElement>();
        var put = await office.PutAsJsonAsync($"/api/policies/{policyId}/conditions", MatchingData.Conditions(read.GetProperty("version").GetInt32()));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        factory.Log.Clear();
        var offers = await office.GetStringAsync($"/api/firms/{MatchingData.Firms("读", 970)[0].Uscc}/policies?year=2023&day=2023-06-30");
        Assert.Contains("MT970", offers, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Log.Commands, c => c.Contains("FullText", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task The_policy_page_opens_with_its_status_history_in_the_order_recorded(int changes)
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var owner = await db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync();
            var at = factory.Clock.GetUtcNow();
            var policy = new Policy { Code = $"HS{changes:D4}", Title = $"历史测试政策{changes}", Issuer = "青岛市人民政府", OwnerUnitId = owner,
                CreatedAt = at, UpdatedAt = at };
            db.Policies.Add(policy);
            await db.SaveChangesAsync();
            db.PolicyStatusChanges.AddRange(Enumerable.Range(1, changes).Select(i => new PolicyStatusChange
            {
                PolicyId = policy.Id, ToStatus = i % 2 == 1 ? PolicyStatus.Repealed : PolicyStatus.InForce, On = new DateOnly(2023, 1, i),
                Reason = $"历史测试第{i}次", ByUser = "测试", At = at.AddHours(i),
            }));
            await db.SaveChangesAsync();
            return policy.Id;
        });
        var office = await Browser.SignedInAsync(factory, $"pol-hist-{changes}", await factory.CreateUserAsync($"pol-hist-{changes}", "dept-drc", Roles.ProgrammeOffice));
        var html = await office.GetStringAsync($"/Policies/{id}");
        var shown = Enumerable.Range(1, changes).Select(i => html.IndexOf($"历史测试第{i}次", StringComparison.Ordinal)).ToList();
        Assert.All(shown, i => Assert.True(i > 0));
        Assert.Equal(shown.Order(), shown);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public async Task The_page_reads_one_full_text_however_many_policies_are_in_force(int others)
    {
        var shown = await factory.WithDbAsync(async db =>
        {
            var owner = await db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync();
            var at = factory.Clock.GetUtcNow();
            Policy P(int i) => new()
            {
                Code = $"RD{others:D2}{i:D2}", Title = $"读取测试政策{others}-{i}", Issuer = "青岛市人民政府", FullText = new string('文', 2000),
                OwnerUnitId = owner, CreatedAt = at, UpdatedAt = at,
            };
            var policies = Enumerable.Range(0, others + 1).Select(P).ToList();
            db.Policies.AddRange(policies);
            await db.SaveChangesAsync();
            return policies[0].Id;
        });
        var office = await Browser.SignedInAsync(factory, $"pol-read-{others}", await factory.CreateUserAsync($"pol-read-{others}", "dept-drc", Roles.ProgrammeOffice));
        factory.Log.Clear();
        var html = await office.GetStringAsync($"/Policies/{shown}");
        Assert.Contains($"读取测试政策{others}-{others}", html, StringComparison.Ordinal);
        Assert.Single(factory.Log.Commands, c => c.Contains("FullText", StringComparison.Ordinal));
    }
}
