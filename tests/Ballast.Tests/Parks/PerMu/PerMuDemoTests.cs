using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Parks.PerMu;

/// <summary>The demo: published 2022 and 2023 runs of one district, firms graded D in both years among the investors of
/// demo projects, missing emissions named; and the pages that show them.</summary>
public sealed class PerMuDemoTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task The_demo_publishes_two_years_with_firms_graded_D_twice_that_invest_in_projects()
    {
        using (var scope = factory.Services.CreateScope())
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IConfiguration>(), factory.DataFolder);
        }
        var runs = await factory.WithDbAsync(db => db.PerMuRuns.Where(r => r.State == RunState.Published).OrderBy(r => r.Year).ToListAsync());
        Assert.Equal([2022, 2023], runs.Select(r => r.Year));
        Assert.Single(runs.Select(r => r.PopulationUnitId).Distinct());
        var twiceD = await factory.WithDbAsync(db => db.PerMuResults.Where(x => x.RunId == runs[0].Id && x.Grade == PerMuGrade.D)
            .Select(x => x.EnterpriseId).Intersect(db.PerMuResults.Where(x => x.RunId == runs[1].Id && x.Grade == PerMuGrade.D).Select(x => x.EnterpriseId)).ToListAsync());
        Assert.NotEmpty(twiceD);
        Assert.True(await factory.WithDbAsync(db => db.Projects.AnyAsync(p => p.InvestorEnterpriseId != null && twiceD.Contains(p.InvestorEnterpriseId.Value))));
        Assert.True(await factory.WithDbAsync(db => db.PerMuResults.AnyAsync(x => x.RunId == runs[1].Id && x.Missing != null && x.Missing.Contains("主要污染物排放"))));

        var password = await factory.CreateUserAsync("permu-demo-office", "dept-drc", Roles.ProgrammeOffice);
        var browser = await Browser.SignedInAsync(factory, "permu-demo-office", password);
        var page = await browser.GetStringAsync($"/Parks/PerMu/Run/{runs[1].Id}");
        Assert.Contains("data-testid=\"ranked\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Parks/PerMu")).StatusCode);
        var firm = await browser.GetStringAsync($"/Parks/Firms/{twiceD[0]}");
        Assert.Contains($"/Enterprises/Details/{twiceD[0]}", firm, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"explanation\"", firm, StringComparison.Ordinal);
        var export = await browser.GetAsync($"/Parks/PerMu/Run/{runs[1].Id}?handler=Export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"/Parks/Firms/{twiceD[0]}", await browser.GetStringAsync($"/Enterprises/Details/{twiceD[0]}"), StringComparison.Ordinal);
    }
}
