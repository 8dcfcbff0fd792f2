using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Ballast.Web.Features.Programme;
using Microsoft.Extensions.DependencyInjection;
using static Ballast.Tests.Parks.Profile.ParkSetup;

namespace Ballast.Tests.Parks.Profile;

/// <summary>Parks laid out so each plan indicator has a hand count: listed before, on and after the deadline, one
/// revoked (counted in no indicator); outputs under, at and over each tier. Each indicator equals the rows of the list its link opens.</summary>
public sealed class ParkIndicatorTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static readonly (string Code, DateOnly? Listed, ParkStatus Status, decimal? OutputYi)[] Layout =
    [
        ("park-01", new(2022, 11, 1), ParkStatus.Listed, 99.99m),
        ("park-02", new(2023, 6, 30), ParkStatus.Listed, 100m),
        ("park-03", new(2023, 7, 1), ParkStatus.Listed, 300m),
        ("park-04", new(2023, 2, 1), ParkStatus.Revoked, 650m),
        ("park-05", null, ParkStatus.Preparing, null),
        ("park-06", new(2023, 1, 5), ParkStatus.Listed, 500m),
    ];

    private async Task SeedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var save = scope.ServiceProvider.GetRequiredService<ParkSave>();
        foreach (var (code, listed, status, output) in Layout)
        {
            var park = await ParkAsync(factory, code, new ParkInput { ListedOn = listed, Status = status });
            if (output is { } yi)
            {
                await save.SaveYearAsync(park, new ParkYearInput { Year = 2023, Output = yi * 10_000m, Source = "测试" });
            }
        }
    }

    [Theory]
    [InlineData("parks-listed", 3)]
    [InlineData("parks-over-100", 3)]
    [InlineData("parks-over-300", 2)]
    [InlineData("parks-over-500", 1)]
    public async Task Each_parks_indicator_counts_exactly_the_rows_its_link_lists(string rule, int expected)
    {
        await SeedAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var computed = scope.ServiceProvider.GetRequiredService<ComputedIndicators>();
        var deadline = rule == "parks-listed" ? new DateOnly(2023, 6, 30) : (DateOnly?)null;
        var value = await computed.ComputeAsync(rule, 2023, 9, deadline);
        Assert.Equal(expected, value.Value);
        Assert.StartsWith("/Parks?", value.Link, StringComparison.Ordinal);
        var api = await Browser.WithTokenAsync(factory, $"ind-{rule}", await factory.CreateUserAsync($"ind-{rule}", "370211", Roles.DistrictStaff));
        var rows = await api.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/parks" + value.Link![6..]);
        Assert.Equal(expected, rows!.Count);
        var page = await (await Browser.SignedInAsync(factory, $"ind-page-{rule}", await factory.CreateUserAsync($"ind-page-{rule}", "dept-drc", Roles.ProgrammeOffice)))
            .GetStringAsync(value.Link);
        Assert.Contains($"共 {expected} 个园区", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_deadline_the_year_end_counts()
    {
        await SeedAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var value = await scope.ServiceProvider.GetRequiredService<ComputedIndicators>().ComputeAsync("parks-listed", 2023, 12);
        Assert.Equal(4, value.Value);
        Assert.Contains("Listed=2023-12-31", value.Link, StringComparison.Ordinal);
    }
}
