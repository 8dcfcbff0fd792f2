using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Services;

/// <summary>Designations, buildings and firms' figures laid out so that each new-services indicator has a hand
/// count per year: cumulative against new-this-year, level thresholds, expiry, a subject designated twice.</summary>
public sealed class ServiceIndicatorFactory : BallastFactory, IAsyncLifetime
{
    public Dictionary<int, (string Name, decimal Growth)> Emerging { get; } = [];

    public async Task InitializeAsync()
    {
        Clock.Set(new DateTimeOffset(2023, 10, 12, 1, 0, 0, TimeSpan.Zero));
        await WithDbAsync(db => new DemoPortfolio(db).SeedAsync());
        await WithDbAsync(async db =>
        {
            var unit = await db.Units.Where(u => u.Code == "370202").Select(u => u.Id).SingleAsync();
            var drc = await db.Units.Where(u => u.Code == "dept-drc").Select(u => u.Id).SingleAsync();
            var firms = Enumerable.Range(1, 6).Select(i => new Enterprise { Name = $"指标测试企业{i}", OwnerUnitId = unit }).ToList();
            db.Enterprises.AddRange(firms);
            await db.SaveChangesAsync();
            Designation Firm(string kind, int firm, int year, DesignationLevel level = DesignationLevel.Provincial, DateOnly? expires = null) => new()
            {
                KindCode = kind, EnterpriseId = firms[firm - 1].Id, Year = year, Level = level, ExpiresOn = expires, OwnerUnitId = drc, DistrictUnitId = unit,
            };
            Designation Area(string kind, string name, int year, DesignationLevel level) => new()
            {
                KindCode = kind, SubjectName = name, Year = year, Level = level, OwnerUnitId = drc, DistrictUnitId = unit,
            };
            db.Designations.AddRange(
                Firm("integration-pilot", 1, 2021), Firm("integration-pilot", 2, 2022), Firm("integration-pilot", 3, 2023), Firm("integration-pilot", 4, 2024),
                Firm("integration-pilot", 1, 2023), Firm("integration-pilot", 5, 2020, expires: new DateOnly(2022, 6, 30)),
                Firm("service-manufacturing", 1, 2023), Firm("service-manufacturing", 2, 2023), Firm("service-manufacturing", 3, 2022),
                Firm("producer-service-leader", 1, 2023, DesignationLevel.City), Firm("producer-service-leader", 2, 2023, DesignationLevel.National),
                Firm("producer-service-leader", 4, 2022),
                Area(AreaKinds.InnovationCentre, "指标测试 中心甲", 2021, DesignationLevel.Provincial),
                Area(AreaKinds.InnovationCentre, "指标测试 中心乙", 2022, DesignationLevel.National),
                Area(AreaKinds.InnovationCentre, "指标测试 中心丙（市级）", 2023, DesignationLevel.City),
                Area(AreaKinds.InnovationCentre, "指标测试 中心丁", 2024, DesignationLevel.Provincial),
                Area(AreaKinds.Cluster, "指标测试 集聚区甲", 2022, DesignationLevel.City),
                Area(AreaKinds.Cluster, "指标测试 集聚区乙", 2023, DesignationLevel.Provincial),
                Area(AreaKinds.Cluster, "指标测试 集聚区丙", 2023, DesignationLevel.City),
                Area(AreaKinds.Cluster, "指标测试 集聚区丁", 2024, DesignationLevel.City));
            var specialty = Enumerable.Range(0, 5).Select(i => new Building
            {
                Name = $"指标测试楼宇{i}", OwnerUnitId = unit, SpecialtyYear = 2021 + i, SpecialtyLevel = DesignationLevel.City,
            }).ToList();
            db.Buildings.AddRange(specialty);
            await db.SaveChangesAsync();
            db.BuildingYears.AddRange(
                new BuildingYear { BuildingId = specialty[0].Id, Year = 2023, EnteredTax = 10_000m, Source = "测试" },
                new BuildingYear { BuildingId = specialty[1].Id, Year = 2023, EnteredTax = 9_999m, Source = "测试" },
                new BuildingYear { BuildingId = specialty[2].Id, Year = 2023, EnteredTax = 25_000m, Source = "测试" });
            await SeedEmergingAsync(db, unit);
        });
    }

    /// <summary>Every emerging chain: one comparable firm growing by 5 + 3k %, one new firm (2023 only) and one that
    /// did not report 2023, both left out; 2022 has comparable firms in every chain but the first.</summary>
    private async Task SeedEmergingAsync(AppDbContext db, int unit)
    {
        var chains = await db.Chains.Where(c => c.Group!.Code == EmergingGrowth.Group).OrderBy(c => c.SortOrder).ToListAsync();
        foreach (var (chain, k) in chains.Select((c, k) => (c, k)))
        {
            var growth = 5m + 3m * k;
            Emerging[chain.Id] = (chain.Name, growth);
            var firms = Enumerable.Range(0, 4).Select(i => new Enterprise { Name = $"新兴测试{k}-{i}", OwnerUnitId = unit, ChainId = chain.Id }).ToList();
            db.Enterprises.AddRange(firms);
            await db.SaveChangesAsync();
            EnterpriseYear Y(int firm, int year, decimal output) => new() { EnterpriseId = firms[firm].Id, Year = year, Output = output, Source = "统计局", OwnerUnitId = unit };
            db.EnterpriseYears.AddRange(Y(0, 2022, 1_000m), Y(0, 2023, 1_000m * (1 + growth / 100m)), Y(1, 2023, 50_000m), Y(2, 2022, 70_000m));
            if (k > 0)
            {
                db.EnterpriseYears.AddRange(Y(3, 2021, 100m), Y(3, 2022, 120m));
            }
            await db.SaveChangesAsync();
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class ServiceIndicatorTests(ServiceIndicatorFactory factory) : IClassFixture<ServiceIndicatorFactory>
{
    private async Task<ComputedValue> ComputeAsync(string rule, int year)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComputedIndicators>().ComputeAsync(rule, year, 9);
    }

    [Theory]
    [InlineData("integration-pilots", 2021, 2)]
    [InlineData("integration-pilots", 2022, 2)]
    [InlineData("integration-pilots", 2023, 3)]
    [InlineData("integration-pilots", 2024, 4)]
    [InlineData("service-manufacturing-demos", 2022, 1)]
    [InlineData("service-manufacturing-demos", 2023, 2)]
    [InlineData("service-manufacturing-demos", 2024, 0)]
    [InlineData("leading-firms", 2023, 2)]
    [InlineData("leading-firms", 2022, 1)]
    [InlineData("innovation-centres", 2021, 1)]
    [InlineData("innovation-centres", 2023, 2)]
    [InlineData("innovation-centres", 2024, 3)]
    [InlineData("service-clusters", 2021, 0)]
    [InlineData("service-clusters", 2023, 3)]
    [InlineData("service-clusters", 2024, 4)]
    [InlineData("specialty-buildings", 2020, 0)]
    [InlineData("specialty-buildings", 2023, 3)]
    [InlineData("specialty-buildings", 2025, 5)]
    [InlineData("tax-buildings", 2023, 2)]
    [InlineData("tax-buildings", 2022, 0)]
    public async Task Each_indicator_equals_the_hand_count_of_its_year(string rule, int year, int expected)
    {
        var value = await ComputeAsync(rule, year);
        Assert.Equal(expected, value.Value);
        Assert.Null(value.Unavailable);
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), value.Link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_links_lead_to_the_rows_counted()
    {
        Assert.Equal("/Enterprises/Designations?Kind=service-manufacturing&Year=2023", (await ComputeAsync("service-manufacturing-demos", 2023)).Link);
        Assert.Equal("/Buildings?Year=2023&OverYi=true", (await ComputeAsync("tax-buildings", 2023)).Link);
        var areas = await factory.WithDbAsync(async db =>
        {
            var centres = await new AreaQuery { Kind = AreaKinds.InnovationCentre, MinLevel = DesignationLevel.Provincial }.RunAsync(db, 2023);
            var clusters = await new AreaQuery { Kind = AreaKinds.Cluster, MinLevel = DesignationLevel.City }.RunAsync(db, 2023);
            var buildings = await new BuildingQuery { OverYi = true }.RunAsync(db, 2023);
            var specialty = await new BuildingQuery { Specialty = true }.RunAsync(db, 2023);
            return (centres.Count, clusters.Count, buildings.Count, specialty.Count);
        });
        Assert.Equal((2, 3, 2, 3), areas);
        Assert.Equal("/Buildings/Areas?Kind=service-innovation-centre&Year=2023&MinLevel=Provincial", (await ComputeAsync("innovation-centres", 2023)).Link);
    }

    [Theory]
    [InlineData("integration-pilots", "integration-pilot", 2021)]
    [InlineData("integration-pilots", "integration-pilot", 2023)]
    [InlineData("integration-pilots", "integration-pilot", 2024)]
    [InlineData("service-manufacturing-demos", "service-manufacturing", 2023)]
    [InlineData("leading-firms", "producer-service-leader", 2022)]
    public async Task A_designation_indicator_links_to_a_list_of_exactly_the_rows_it_counts(string rule, string kind, int year)
    {
        var value = await ComputeAsync(rule, year);
        var cumulative = value.Link!.Contains("Cumulative=true", StringComparison.Ordinal);
        var rows = await factory.WithDbAsync(db => new DesignationQuery { Kind = kind, Year = year, Cumulative = cumulative }.Apply(db).CountAsync());
        Assert.Equal(value.Value, (decimal)rows);
    }

    [Fact]
    public async Task Emerging_growth_is_the_lowest_chain_over_comparable_firms_and_not_reported_when_a_year_is_missing()
    {
        var y2023 = await ComputeAsync("emerging-growth", 2023);
        Assert.Equal(factory.Emerging.Values.Min(v => v.Growth), y2023.Value);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var byChain = await scope.ServiceProvider.GetRequiredService<EmergingGrowth>().ByChainAsync(2023);
            Assert.All(byChain, c => Assert.Equal(factory.Emerging[c.ChainId].Growth, c.Percent));
        }
        var y2022 = await ComputeAsync("emerging-growth", 2022);
        Assert.Null(y2022.Value);
        var first = factory.Emerging.OrderBy(e => e.Value.Growth).First().Value.Name;
        Assert.Contains(first, y2022.Unavailable, StringComparison.Ordinal);
        Assert.Contains("未报", y2022.Unavailable, StringComparison.Ordinal);
        Assert.Null((await ComputeAsync("emerging-growth", 2021)).Value);
    }

    [Fact]
    public async Task Plan_bulletin_and_assessment_read_the_same_computed_values_and_none_says_not_built()
    {
        string[] codes = ["emerging-growth", "integration-pilots", "service-manufacturing-demos", "innovation-centres", "service-clusters",
            "leading-firms", "specialty-buildings", "tax-buildings"];
        await using var scope = factory.Services.CreateAsyncScope();
        var plan = (await scope.ServiceProvider.GetRequiredService<IndicatorValues>().ForPlanAsync(2023, 9))!;
        var mine = plan.Indicators.Where(i => codes.Contains(i.Indicator.Code)).ToList();
        Assert.Equal(codes.Order(), mine.Select(i => i.Indicator.Code).Order());
        Assert.All(mine, i => Assert.Equal(i.Indicator.Code, i.Indicator.ComputedRule));
        Assert.All(mine, i => Assert.NotNull(i.Value));
        Assert.All(mine, i => Assert.NotNull(i.Link));
        Assert.Equal(2m, mine.Single(i => i.Indicator.Code == "tax-buildings").Value);

        var client = await Browser.SignedInAsync(factory, "svc-office", await factory.CreateUserAsync("svc-office", "dept-drc", Roles.ProgrammeOffice));
        foreach (var url in new[] { "/Programme?Year=2023&Month=9", "/Programme/Bulletin?Year=2023&Month=9" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("楼宇经济模块尚未建设", html, StringComparison.Ordinal);
            Assert.DoesNotContain("企业模块尚未建设", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/Buildings?Year=2023&amp;OverYi=true\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/Buildings/Areas?Kind=service-cluster&amp;Year=2023&amp;MinLevel=City\"", html, StringComparison.Ordinal);
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await AssessmentSeed.EnsureAsync(db, 2023);
        var assessment = await scope.ServiceProvider.GetRequiredService<AssessmentResults>().ComputeAsync(2023, UnitKind.Department, 9);
        var assessed = assessment!.Indicators.Values.Where(i => codes.Contains(i.Indicator.Code)).ToList();
        Assert.NotEmpty(assessed);
        Assert.All(assessed, a => Assert.Equal(mine.Single(m => m.Indicator.Id == a.Indicator.Id).Value, a.Value));
    }

    [Fact]
    public async Task An_existing_database_gets_the_three_hand_typed_indicators_computed_on_start_and_keeps_their_submissions()
    {
        var codes = new[] { "emerging-growth", "innovation-centres", "service-clusters" };
        await factory.WithDbAsync(async db =>
        {
            await db.Indicators.Where(i => codes.Contains(i.Code)).ExecuteUpdateAsync(s => s.SetProperty(i => i.ComputedRule, (string?)null));
            await ReferenceSeeder.SeedAsync(db);
            await ReferenceSeeder.SeedAsync(db);
            var rules = await db.Indicators.Where(i => codes.Contains(i.Code)).Select(i => i.ComputedRule).ToListAsync();
            Assert.NotEmpty(rules);
            Assert.All(rules, r => Assert.Contains(r, codes));
        });
    }
}
