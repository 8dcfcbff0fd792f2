using Ballast.Tests.Infrastructure;
using Ballast.Web.Common;
using Ballast.Web.Features.Compendium;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>The printed booklet offers firms only what is in force on the day it is printed; the public index still lists
/// every published policy (old QR codes keep working) and tells the reader which ones no longer apply.</summary>
public sealed class BookletTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    /// <summary>Code, recorded status, days from today to its expiry, and whether it is in force today.</summary>
    public static TheoryData<string, PolicyStatus, int?, bool> Variants => new()
    {
        { "BKIN01", PolicyStatus.InForce, null, true },
        { "BKIN02", PolicyStatus.InForce, 0, true },
        { "BKIN03", PolicyStatus.InForce, 30, true },
        { "BKEX01", PolicyStatus.InForce, -1, false },
        { "BKEX02", PolicyStatus.Expired, 30, false },
        { "BKRP01", PolicyStatus.Replaced, 30, false },
        { "BKRV01", PolicyStatus.Repealed, null, false },
    };

    public async Task InitializeAsync() => await factory.WithDbAsync(async db =>
    {
        await PublicArrange.SeedAsync(db);
        var today = CityTime.Today(factory.Clock);
        var owner = db.Policies.First(p => p.Code == "QD7K2M").OwnerUnitId;
        foreach (var v in Variants)
        {
            var (code, status, days) = ((string)v[0], (PolicyStatus)v[1], (int?)v[2]);
            if (!db.Policies.Any(p => p.Code == code))
            {
                db.Policies.Add(new Policy
                {
                    Code = code, Title = "印发测试政策" + code, Issuer = "青岛市人民政府", Status = status, IsPublished = true,
                    ExpiresOn = days is { } d ? today.AddDays(d) : null, OwnerUnitId = owner,
                    CreatedAt = factory.Clock.GetUtcNow(), UpdatedAt = factory.Clock.GetUtcNow(),
                });
            }
        }
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task The_booklet_prints_a_policy_only_while_it_is_in_force(string code, PolicyStatus status, int? days, bool inForce)
    {
        _ = (status, days);
        var client = Browser.NewClient(factory);
        var booklet = await client.GetStringAsync("/p/booklet");
        Assert.Equal(inForce, booklet.Contains($"data-code=\"{code}\"", StringComparison.Ordinal));
        var index = await client.GetStringAsync("/p?q=" + code);
        Assert.Contains($"/p/{code}", index, StringComparison.Ordinal);
        Assert.Equal(inForce, !index.Contains("badge text-bg-warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_booklet_counts_what_it_prints()
    {
        var booklet = await Browser.NewClient(factory).GetStringAsync("/p/booklet");
        var printed = System.Text.RegularExpressions.Regex.Count(booklet, "data-testid=\"booklet-policy\"");
        Assert.Equal(printed, System.Text.RegularExpressions.Regex.Count(booklet, "<svg"));
        Assert.Contains($"共 {printed} 项政策", booklet, StringComparison.Ordinal);
        Assert.DoesNotContain("data-code=\"OLD123\"", booklet, StringComparison.Ordinal);
    }
}
