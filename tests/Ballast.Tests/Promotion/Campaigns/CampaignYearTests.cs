using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Promotion;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Promotion.Campaigns;

/// <summary>The year's results on generated portfolios: the total counts each project once (merged duplicates stand for
/// their survivor, expansions add only their amount), and the campaigns' rows add up to it because a project has one credit.</summary>
public sealed class CampaignYearTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(2011)]
    [InlineData(2012)]
    [InlineData(2013)]
    [InlineData(2014)]
    [InlineData(2015)]
    public async Task The_total_counts_each_project_once(int year)
    {
        var rng = new Random(year);
        // Arranged directly in the database: the portfolio's shape is the point, not how it was entered.
        var expected = await factory.WithDbAsync(async db =>
        {
            var units = await db.Units.Where(u => u.Code == "370211" || u.Code == "370215").Select(u => u.Id).ToListAsync();
            var now = db.Time.GetUtcNow();
            var campaigns = Enumerable.Range(0, 2 + rng.Next(4)).Select(i => new Campaign
            {
                Name = $"年度测试{year}-{i}", Destination = i % 2 == 0 ? "日本·东京" : "德国·慕尼黑", StartsOn = new DateOnly(year, 1 + i, 1),
                EndsOn = new DateOnly(year, 1 + i, 5), OwnerUnitId = units[i % 2],
            }).ToList();
            db.Campaigns.AddRange(campaigns);
            var projects = Enumerable.Range(0, 6 + rng.Next(10)).Select(i => new Project
            {
                Name = $"年度测试{year}-项目{i}", OwnerUnitId = units[rng.Next(2)], TotalInvestment = (1 + rng.Next(50)) * 1_000m,
                SignedOn = rng.Next(3) == 0 ? null : new DateOnly(year, 7, 1 + rng.Next(20)), CreatedAt = now, UpdatedAt = now,
            }).ToList();
            db.Projects.AddRange(projects);
            await db.SaveChangesAsync();
            // Some are expansions of the first, some duplicates merged into a survivor that is never merged itself.
            var survivors = projects.Take(3).ToList();
            foreach (var p in projects.Skip(3))
            {
                switch (rng.Next(4))
                {
                    case 0: p.ExpansionOfId = survivors[0].Id; break;
                    case 1: p.MergedIntoId = survivors[rng.Next(survivors.Count)].Id; break;
                    default: break;
                }
            }
            foreach (var p in projects.Where(_ => rng.Next(5) > 0))
            {
                db.CampaignLeads.Add(new CampaignLead { CampaignId = campaigns[rng.Next(campaigns.Count)].Id, ProjectId = p.Id, GatheredOn = new DateOnly(year, 6, 1 + rng.Next(20)) });
            }
            await db.SaveChangesAsync();
            var byId = projects.ToDictionary(p => p.Id);
            var credited = db.ChangeTracker.Entries<CampaignLead>().Select(e => e.Entity).Select(l => byId[l.ProjectId])
                .Select(p => p.MergedIntoId is { } into ? byId[into] : p).DistinctBy(p => p.Id).ToList();
            return (Leads: credited.Count, Signed: credited.Count(p => p.SignedOn != null && p.ExpansionOfId == null),
                Investment: credited.Where(p => p.SignedOn != null).Sum(p => p.TotalInvestment));
        });

        var api = await Browser.WithTokenAsync(factory, $"camp-year-{year}", await factory.CreateUserAsync($"camp-year-{year}", "dept-drc", Roles.ProgrammeOffice));
        var results = await api.GetFromJsonAsync<JsonElement>($"/api/promotion/campaigns/results?year={year}");
        var total = results.GetProperty("total").Deserialize<CampaignFigures>(Json)!;
        Assert.Equal(expected, (total.Leads, total.Signed, total.SignedInvestmentWan));
        var rows = results.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("figures").Deserialize<CampaignFigures>(Json)!).ToList();
        Assert.Equal(total.Leads, rows.Sum(r => r.Leads));
        Assert.Equal(total.SignedInvestmentWan, rows.Sum(r => r.SignedInvestmentWan));
        Assert.Equal(total.Leads, results.GetProperty("credited").GetArrayLength());
        var byCountry = results.GetProperty("byCountry").EnumerateArray().Sum(g => g.GetProperty("figures").GetProperty("leads").GetInt32());
        Assert.Equal(total.Leads, byCountry);
    }
}
