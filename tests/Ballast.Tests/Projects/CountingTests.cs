using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Dashboard;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Projects;

/// <summary>Counted once (Sanming rules) on a real database: the <see cref="Counting"/> queries, and
/// the dashboard and project list that must count through them. Each test works in a year of its
/// own so that the city-wide figures of that year are exactly the test's projects.</summary>
public sealed class CountingTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private async Task<List<int>> IdsAsync(Func<IQueryable<Project>, IQueryable<Project>> query, IReadOnlyCollection<int> among) =>
        await factory.WithDbAsync(db => query(db.Projects.Where(p => among.Contains(p.Id))).Select(p => p.Id).OrderBy(id => id).ToListAsync());

    private async Task<List<int>> AddAsync(params Project[] projects) =>
        await factory.WithDbAsync(async db =>
        {
            db.Projects.AddRange(projects);
            await db.SaveChangesAsync();
            return projects.Select(p => p.Id).ToList();
        });

    private async Task<HttpClient> OfficeAsync(string name) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice));

    private static decimal Headline(DashboardData d, string key) => d.Headlines.Single(h => h.Key == key).Value;

    private static async Task<List<int>> ListAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>("/api/projects?" + query))!.Select(p => p.Id).Order()];

    [Fact]
    public async Task A_project_counts_once_at_its_first_signing()
    {
        var unit = await UnitAsync(factory, "370211");
        var (resigned, plain) = await factory.WithDbAsync(async db =>
        {
            var a = NewProject(db, "计数 首次签约 暂缓后再签", unit, 80_000m,
                (ProjectStage.Signed, new DateOnly(2016, 3, 1)), (ProjectStage.Paused, new DateOnly(2016, 6, 1)), (ProjectStage.Signed, new DateOnly(2017, 2, 1)));
            var b = NewProject(db, "计数 2017年首次签约", unit, 80_000m, (ProjectStage.Signed, new DateOnly(2017, 4, 1)));
            db.Projects.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        int[] ours = [resigned, plain];

        Assert.Equal([resigned], await IdsAsync(q => q.NewlySigned(2016), ours));
        Assert.Equal([plain], await IdsAsync(q => q.NewlySigned(2017), ours));
        Assert.Equal(new DateOnly(2016, 3, 1), await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == resigned).Select(p => p.SignedOn).SingleAsync()));

        // The list's "newly signed" filter counts the same way.
        var office = await OfficeAsync("count-first-signing");
        Assert.Equal([plain], await ListAsync(office, "Year=2017&Signed=true"));
        Assert.Equal([resigned], await ListAsync(office, "Year=2016&Signed=true"));
    }

    [Fact]
    public async Task A_merged_duplicate_never_counts_and_the_survivor_keeps_the_earliest_signing()
    {
        var xihaian = await UnitAsync(factory, "370211");
        var jimo = await UnitAsync(factory, "370215");
        var chain = await factory.WithDbAsync(db => db.Chains.Where(c => c.IsProgrammeChain && !c.IsPlaceholder).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync());
        var ids = await factory.WithDbAsync(async db =>
        {
            var survivor = NewProject(db, "计数 合并 存续项目", xihaian, 600_000m, (ProjectStage.Signed, new DateOnly(2015, 5, 1)));
            var duplicate = NewProject(db, "计数 合并 重复录入", jimo, 600_000m, (ProjectStage.Signed, new DateOnly(2015, 4, 1)));
            survivor.ChainId = duplicate.ChainId = chain;
            db.Projects.AddRange(survivor, duplicate);
            await db.SaveChangesAsync();
            return (Survivor: survivor.Id, Duplicate: duplicate.Id);
        });
        int[] ours = [ids.Survivor, ids.Duplicate];
        var office = await OfficeAsync("count-merge");
        var before = (await office.GetFromJsonAsync<DashboardData>("/api/dashboard?year=2015"))!;
        Assert.Equal(2, Headline(before, "big-projects"));
        Assert.Equal(2, Headline(before, "chain-signed"));

        Assert.Null(await factory.WithDbAsync(db => ProjectMerge.MergeAsync(db, ids.Duplicate, ids.Survivor)));

        Assert.Equal([ids.Survivor], await IdsAsync(q => q.Countable(), ours));
        Assert.Equal([ids.Survivor], await IdsAsync(q => q.NewlySigned(2015), ours));
        Assert.Equal([ids.Survivor], await IdsAsync(q => q.SignedAmountBasis(2015), ours));
        Assert.Equal([ids.Survivor], await IdsAsync(q => q.ChainSignedFiveYi(2015), ours));
        Assert.Equal([ids.Survivor], await IdsAsync(q => q.BigNewOrStarted(2015), ours));
        Assert.Equal(new DateOnly(2015, 4, 1), await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == ids.Survivor).Select(p => p.SignedOn).SingleAsync()));

        var after = (await office.GetFromJsonAsync<DashboardData>("/api/dashboard?year=2015"))!;
        Assert.Equal(1, Headline(after, "big-projects"));
        Assert.Equal(1, Headline(after, "chain-signed"));
        Assert.Equal([ids.Survivor], await ListAsync(office, "Year=2015&Signed=true"));
        Assert.Equal([ids.Survivor], await ListAsync(office, "Year=2015&Big=true"));
    }

    [Fact]
    public async Task An_expansion_is_not_a_new_project_but_its_increment_counts_in_amounts()
    {
        var unit = await UnitAsync(factory, "370212");
        var chain = await factory.WithDbAsync(db => db.Chains.Where(c => c.IsProgrammeChain && !c.IsPlaceholder).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync());
        var (parent, expansion, fresh) = await factory.WithDbAsync(async db =>
        {
            var p = NewProject(db, "计数 扩建 原项目", unit, 1_000_000m, (ProjectStage.Signed, new DateOnly(2010, 3, 1)));
            p.ChainId = chain;
            db.Projects.Add(p);
            await db.SaveChangesAsync();
            // A 60 亿 increment: big and in a programme chain, yet not a new project.
            var e = NewProject(db, "计数 扩建 二期", unit, 600_000m, (ProjectStage.Signed, new DateOnly(2014, 5, 1)), (ProjectStage.Started, new DateOnly(2014, 8, 1)));
            e.ChainId = chain;
            e.ExpansionOfId = p.Id;
            var n = NewProject(db, "计数 扩建年份的新项目", unit, 70_000m, (ProjectStage.Signed, new DateOnly(2014, 6, 1)));
            n.ChainId = chain;
            db.Projects.AddRange(e, n);
            await db.SaveChangesAsync();
            return (p.Id, e.Id, n.Id);
        });
        int[] ours = [parent, expansion, fresh];

        Assert.Equal([fresh], await IdsAsync(q => q.NewlySigned(2014), ours));
        Assert.Equal([fresh], await IdsAsync(q => q.ChainSignedFiveYi(2014), ours));
        Assert.Empty(await IdsAsync(q => q.BigNewOrStarted(2014), ours));
        // Amounts: the expansion's increment (60 亿) plus the new project (7 亿), not the parent's 100 亿.
        var amount = await factory.WithDbAsync(db => db.Projects.Where(p => ours.Contains(p.Id)).SignedAmountBasis(2014).SumAsync(p => p.TotalInvestment));
        Assert.Equal(670_000m, amount);

        var office = await OfficeAsync("count-expansion");
        var d = (await office.GetFromJsonAsync<DashboardData>("/api/dashboard?year=2014"))!;
        Assert.Equal(0, Headline(d, "big-projects"));
        Assert.Equal(1, Headline(d, "chain-signed"));
        Assert.Equal([fresh], await ListAsync(office, "Year=2014&Signed=true"));
    }

    [Fact]
    public async Task Chain_signings_of_five_yi_or_more_need_a_programme_chain()
    {
        var unit = await UnitAsync(factory, "370213");
        var (programme, other) = await factory.WithDbAsync(async db =>
            (await db.Chains.Where(c => c.IsProgrammeChain && !c.IsPlaceholder).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync(),
             await db.Chains.Where(c => !c.IsProgrammeChain).Select(c => c.Id).FirstAsync()));
        var signed = new DateOnly(2013, 5, 1);
        var ids = await AddAsync(
            With(programme, "计数 产业链 恰好5亿", 50_000m),
            With(programme, "计数 产业链 不足5亿", 49_999m),
            With(other, "计数 非24条产业链 10亿", 100_000m),
            With(null, "计数 无产业链 10亿", 100_000m));

        Assert.Equal([ids[0]], await IdsAsync(q => q.ChainSignedFiveYi(2013), ids));
        Assert.Equal(4, (await IdsAsync(q => q.NewlySigned(2013), ids)).Count);

        var office = await OfficeAsync("count-chain");
        var d = (await office.GetFromJsonAsync<DashboardData>("/api/dashboard?year=2013"))!;
        Assert.Equal(1, Headline(d, "chain-signed"));
        Assert.Equal([ids[0]], await ListAsync(office, "Year=2013&ChainSigned=true"));

        Project With(int? chain, string name, decimal wan)
        {
            var p = new Project { Name = name, OwnerUnitId = unit, TotalInvestment = wan, ChainId = chain, Stage = ProjectStage.Signed, SignedOn = signed };
            return p;
        }
    }

    [Fact]
    public async Task Fifty_yi_new_or_started_counts_once_even_when_signed_and_started_the_same_year()
    {
        var unit = await UnitAsync(factory, "370214");
        var (both, startedOnly, lastYear, small, expansion) = await factory.WithDbAsync(async db =>
        {
            var both = NewProject(db, "计数 50亿 同年签约开工", unit, 600_000m, (ProjectStage.Signed, new DateOnly(2019, 2, 1)), (ProjectStage.Started, new DateOnly(2019, 6, 1)));
            var startedOnly = NewProject(db, "计数 50亿 上年签约今年开工", unit, 500_000m, (ProjectStage.Signed, new DateOnly(2018, 5, 1)), (ProjectStage.Started, new DateOnly(2019, 3, 1)));
            var lastYear = NewProject(db, "计数 50亿 上年签约上年开工", unit, 800_000m, (ProjectStage.Signed, new DateOnly(2018, 1, 1)), (ProjectStage.Started, new DateOnly(2018, 9, 1)));
            var small = NewProject(db, "计数 不足50亿", unit, 499_999m, (ProjectStage.Started, new DateOnly(2019, 4, 1)));
            db.Projects.AddRange(both, startedOnly, lastYear, small);
            await db.SaveChangesAsync();
            var expansion = NewProject(db, "计数 50亿 扩建", unit, 600_000m, (ProjectStage.Started, new DateOnly(2019, 4, 1)));
            expansion.ExpansionOfId = lastYear.Id;
            db.Projects.Add(expansion);
            await db.SaveChangesAsync();
            return (both.Id, startedOnly.Id, lastYear.Id, small.Id, expansion.Id);
        });
        int[] ours = [both, startedOnly, lastYear, small, expansion];

        Assert.Equal([both, startedOnly], await IdsAsync(q => q.BigNewOrStarted(2019), ours));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Projects.Where(p => ours.Contains(p.Id)).BigNewOrStarted(2019).CountAsync()));
        Assert.Equal([startedOnly, lastYear], await IdsAsync(q => q.BigNewOrStarted(2018), ours));

        var office = await OfficeAsync("count-big");
        var d = (await office.GetFromJsonAsync<DashboardData>("/api/dashboard?year=2019"))!;
        Assert.Equal(2, Headline(d, "big-projects"));
        Assert.Equal([both, startedOnly], await ListAsync(office, "Year=2019&Big=true"));
    }
}
