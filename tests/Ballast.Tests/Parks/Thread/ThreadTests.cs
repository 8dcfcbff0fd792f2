using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Ballast.Web.Features.Projects;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Parks.Thread;

/// <summary>The thread shows every step, reached or not, with the firm's published grades; a district reads only its own
/// projects' threads; the watch list finds consecutive D grades by the latest published runs only.</summary>
public sealed class ThreadTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task A_thread_shows_every_step_and_keeps_to_the_data_scope()
    {
        var park = await ParkData.ParkAsync(factory, "park-02");
        var xihaian = await UnitAsync(factory, "370211");
        var id = await ParkData.ProjectAsync(factory, "（链条）封测线项目", xihaian, 50_000m, 120m, park.UnitId, false, (ProjectStage.Signed, new DateOnly(2023, 2, 1)));
        var own = await Browser.SignedInAsync(factory, "thread-own", await factory.CreateUserAsync("thread-own", "370211", Roles.DistrictStaff));
        var other = await Browser.SignedInAsync(factory, "thread-other", await factory.CreateUserAsync("thread-other", "370215", Roles.DistrictStaff));

        var html = await own.GetStringAsync($"/Parks/Thread/Project/{id}");
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Count(html, "data-step="));
        Assert.Contains("data-step=\"signed\" data-reached=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("data-step=\"operating\" data-reached=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("2023-02-01", html, StringComparison.Ordinal);
        Assert.Contains("/Parks/Thread/Project/" + Id(id), await own.GetStringAsync($"/Parks/Thread/Park/{park.Id}"), StringComparison.Ordinal);
        Assert.Contains("/Parks/Thread/Project/" + Id(id), await own.GetStringAsync($"/Projects/Details/{id}"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Parks/Thread/Project/{id}")).StatusCode);
        Assert.DoesNotContain("（链条）封测线项目", await other.GetStringAsync($"/Parks/Thread/Park/{park.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consecutive_d_grades_count_only_from_the_latest_published_runs()
    {
        var laoshan = await UnitAsync(factory, "370212");
        var (twice, gap, superseded) = await factory.WithDbAsync(async db =>
        {
            var firms = new[] { "青岛连续D测试有限公司", "青岛间隔D测试有限公司", "青岛重评测试有限公司" }
                .Select(n => new Web.Features.Enterprises.Enterprise { Name = n, Country = "日本", OwnerUnitId = laoshan }).ToList();
            db.Enterprises.AddRange(firms);
            await db.SaveChangesAsync();
            return (firms[0].Id, firms[1].Id, firms[2].Id);
        });
        await ParkData.PublishedRunAsync(factory, laoshan, 2021, 1, RunState.Published, (twice, PerMuGrade.C), (gap, PerMuGrade.D), (superseded, PerMuGrade.D));
        await ParkData.PublishedRunAsync(factory, laoshan, 2022, 1, RunState.Published, (twice, PerMuGrade.D), (gap, PerMuGrade.C), (superseded, PerMuGrade.D));
        await ParkData.PublishedRunAsync(factory, laoshan, 2022, 2, RunState.Published, (twice, PerMuGrade.D), (gap, PerMuGrade.C), (superseded, PerMuGrade.B));
        await ParkData.PublishedRunAsync(factory, laoshan, 2023, 1, RunState.Published, (twice, PerMuGrade.D), (gap, PerMuGrade.D), (superseded, PerMuGrade.D));
        await ParkData.PublishedRunAsync(factory, laoshan, 2024, 1, RunState.Draft, (gap, PerMuGrade.D));

        var candidates = await factory.WithDbAsync(db => WatchCandidates.FindAsync(db));
        var found = Assert.Single(candidates, c => c.EnterpriseId == twice);
        Assert.Equal((WatchReason.ConsecutiveD, 2023), (found.Reason, found.Year));
        Assert.DoesNotContain(candidates, c => c.EnterpriseId == gap || c.EnterpriseId == superseded);
    }
}
