using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Codes;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Reference;

/// <summary>The Qingdao 2023 reference data arrives as records, complete.</summary>
public sealed class ReferenceDataTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Industry_classification_has_20_sections_and_97_divisions()
    {
        var (sections, divisions, manufacturing) = await factory.WithDbAsync(async db => (
            await db.IndustrySections.CountAsync(),
            await db.IndustryDivisions.CountAsync(),
            await db.IndustryDivisions.CountAsync(d => d.SectionCode == "C")));
        Assert.Equal(20, sections);
        Assert.Equal(97, divisions);
        Assert.Equal(31, manufacturing);
        var div39 = await factory.WithDbAsync(db => db.IndustryDivisions.SingleAsync(d => d.Code == "39"));
        Assert.Equal("计算机、通信和其他电子设备制造业", div39.Name);
    }

    [Fact]
    public async Task Nine_strategic_emerging_areas_and_three_industry_groups()
    {
        Assert.Equal(9, await factory.WithDbAsync(db => db.EmergingAreas.CountAsync()));
        var groups = await factory.WithDbAsync(db => db.IndustryGroups.OrderBy(g => g.SortOrder).Select(g => g.Name).ToListAsync());
        Assert.Equal(["新兴产业", "优势产业", "未来产业"], groups);
    }

    [Fact]
    public async Task Twenty_four_programme_chains_with_the_seeds_names_and_marked_placeholders()
    {
        var chains = await factory.WithDbAsync(db => db.Chains.Include(c => c.Group).Where(c => c.IsProgrammeChain).ToListAsync());
        Assert.Equal(24, chains.Count);
        Assert.Equal(7, chains.Count(c => c.IsPlaceholder));
        Assert.Equal(7, chains.Count(c => c.Group?.Code == "advantage"));
        Assert.Contains(chains, c => c.Name == "集成电路" && c.Group!.Code == "emerging");
        Assert.All(chains.Where(c => c.IsPlaceholder), c => Assert.Contains("待定名", c.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Qingdao_regions_with_ten_districts_and_retired_codes_pointing_to_successors()
    {
        var regions = await factory.WithDbAsync(db => db.Regions.ToListAsync());
        Assert.Equal(10, regions.Count(r => r.ParentCode == "370200" && !r.IsRetired && r.Code != "370271"));
        Assert.All(regions, r => Assert.True(RegionCode.IsWellFormed(r.Code)));
        var sifang = regions.Single(r => r.Code == "370205");
        Assert.True(sifang.IsRetired);
        Assert.Equal("370203", sifang.SuccessorCode);
        Assert.Equal(RegionLevel.County, regions.Single(r => r.Code == "370211").Level);
    }

    [Fact]
    public async Task Units_cover_the_city_departments_districts_and_fifteen_parks()
    {
        var units = await factory.WithDbAsync(db => db.Units.ToListAsync());
        Assert.Single(units, u => u.Kind == UnitKind.City);
        Assert.Equal(15, units.Count(u => u.Kind == UnitKind.Park));
        Assert.Equal(10, units.Count(u => u.Kind == UnitKind.District));
        foreach (var name in new[] { "市发展改革委", "市工业和信息化局", "市商务局", "市行政审批局", "胶西街道", "通济街道" })
        {
            Assert.Contains(units, u => u.Name == name);
        }
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var before = await factory.WithDbAsync(db => db.Chains.CountAsync());
        await factory.WithDbAsync(db => Ballast.Web.Data.ReferenceSeeder.SeedAsync(db));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Chains.CountAsync()));
    }
}
