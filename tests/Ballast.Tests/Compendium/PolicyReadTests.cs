using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Compendium;

/// <summary>The policy page on both engines.</summary>
public sealed class PolicyReadTests(CommandLogFactory factory) : IClassFixture<CommandLogFactory>
{
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
}
