using System.Net;
using System.Net.Http.Json;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;
using static Ballast.Web.Features.Programme.AssessmentApi;

namespace Ballast.Tests.Programme;

/// <summary>Who may see and change what: the office writes; everyone reads a published ranking;
/// a unit reads its own breakdown; an adjustment always has a reason.</summary>
public sealed partial class AssessmentTests
{
    [Fact]
    public async Task Everyone_reads_the_published_ranking_and_a_unit_sees_only_its_own_breakdown()
    {
        var office = await ApiAsync("as-read-office", "dept-drc", Roles.ProgrammeOffice);
        var officePage = await PageAsync("as-read-office-page", "dept-drc", Roles.ProgrammeOffice);
        var all = await ResultsAsync(office, UnitKind.District);
        await PublishAsync(officePage, UnitKind.District);
        var (xihaian, jimo) = (await UnitAsync("370211"), await UnitAsync("370215"));
        var reader = await ApiAsync("as-reader", "370211", Roles.DistrictStaff);

        var r = await ResultsAsync(reader, UnitKind.District);

        Assert.True(r.IsPublished);
        // The same ranking the office sees, though a district reads only its own records elsewhere.
        Assert.Equal(all.Ranking.Select(x => (x.UnitId, x.Rank, x.Total)), r.Ranking.Select(x => (x.UnitId, x.Rank, x.Total)));
        Assert.NotNull(r.Ranking.Single(x => x.UnitId == xihaian).Items);
        Assert.All(r.Ranking.Where(x => x.UnitId != xihaian), x => Assert.Null(x.Items));

        var page = await PageAsync("as-reader-page", "370211", Roles.DistrictStaff);
        var html = await page.GetStringAsync("/Programme/Assessment?Year=2023&Kind=District");
        Assert.Equal(r.Ranking.Count, RankRow().Count(html));
        Assert.Contains($"Unit={xihaian}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Unit={jimo}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"adjust-form\"", html, StringComparison.Ordinal);
        var own = await page.GetAsync($"/Programme/Assessment/Unit?Year=2023&Kind=District&Unit={xihaian}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("data-testid=\"breakdown\"", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/culture?c=en&returnUrl=/")).StatusCode);
        var english = await page.GetStringAsync("/Programme/Assessment?Year=2023&Kind=District");
        Assert.Contains("Annual assessment", english, StringComparison.Ordinal);
        Assert.Contains("Base score", english, StringComparison.Ordinal);
        var other = await page.GetAsync($"/Programme/Assessment/Unit?Year=2023&Kind=District&Unit={jimo}");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains("/Auth/Denied", other.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_may_not_change_weights_or_enter_adjustments()
    {
        var office = await ApiAsync("as-403-office", "dept-drc", Roles.ProgrammeOffice);
        await ResultsAsync(office, UnitKind.District);
        var scheme = await SchemeAsync(UnitKind.District);
        var item = scheme.Items.Single();
        var xihaian = await UnitAsync("370211");
        var api = await ApiAsync("as-403", "370211", Roles.DistrictStaff);
        var page = await PageAsync("as-403-page", "370211", Roles.DistrictStaff);
        var before = await factory.WithDbAsync(db => db.AssessmentAdjustments.CountAsync());

        var adjustment = await api.PostAsJsonAsync("/api/programme/assessment/adjustments", new NewAdjustment(Year, UnitKind.District, xihaian, 10m, "自评加分"));
        var weight = await api.PostAsJsonAsync("/api/programme/assessment/weight-changes", new NewWeightChange(item.Id, 1m, "自行调整"));
        var approve = await api.PostAsync("/api/programme/assessment/weight-changes/1/approve", null);
        var list = await api.GetAsync("/api/programme/assessment/weight-changes?year=2023&kind=District");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { adjustment.StatusCode, weight.StatusCode, approve.StatusCode, list.StatusCode });
        foreach (var (url, fields) in new (string, (string, string)[])[]
        {
            ("/Programme/Assessment?handler=Adjust&year=2023&kind=District", [("schemeId", Id(scheme.Id)), ("AdjustUnit", Id(xihaian)), ("Points", "10"), ("Reason", "自评加分")]),
            ("/Programme/Assessment/Items?handler=Weight&year=2023&kind=District", [("itemId", Id(item.Id)), ("weight", "1")]),
            ("/Programme/Assessment/Items?handler=Request&year=2023&kind=District", [("itemId", Id(item.Id)), ("weight", "1"), ("reason", "自行调整")]),
        })
        {
            var response = await PostAsync(page, url, fields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Auth/Denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/Programme/Assessment/Items?Year=2023&Kind=District")).StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.AssessmentAdjustments.CountAsync()));
        Assert.Equal(item.Weight, (await SchemeAsync(UnitKind.District)).Items.Single().Weight);
    }

    [Fact]
    public async Task An_adjustment_needs_a_reason()
    {
        var office = await ApiAsync("as-reason", "dept-drc", Roles.ProgrammeOffice);
        var officePage = await PageAsync("as-reason-page", "dept-drc", Roles.ProgrammeOffice);
        await ResultsAsync(office, UnitKind.District);
        var scheme = await SchemeAsync(UnitKind.District);
        var (jimo, miit) = (await UnitAsync("370215"), await UnitAsync("dept-miit"));
        var before = await factory.WithDbAsync(db => db.AssessmentAdjustments.CountAsync());
        Task<HttpResponseMessage> AdjustAsync(int unit, decimal? points, string? reason) =>
            office.PostAsJsonAsync("/api/programme/assessment/adjustments", new NewAdjustment(Year, UnitKind.District, unit, points, reason));

        Assert.Equal("请填写加减分理由", await ErrorAsync(await AdjustAsync(jimo, 3m, "  ")));
        Assert.Equal("请填写加减分理由", await ErrorAsync(await AdjustAsync(jimo, -3m, null)));
        Assert.Equal("请填写加减分分值", await ErrorAsync(await AdjustAsync(jimo, null, "招商引资成效突出")));
        Assert.Equal("该单位不是本方案的考核对象", await ErrorAsync(await AdjustAsync(miit, 3m, "招商引资成效突出")));
        var onPage = await PostAsync(officePage, "/Programme/Assessment?handler=Adjust&year=2023&kind=District",
            ("schemeId", Id(scheme.Id)), ("AdjustUnit", Id(jimo)), ("Points", "3"), ("Reason", ""));
        Assert.Equal(HttpStatusCode.OK, onPage.StatusCode);
        Assert.Contains("请填写加减分理由", await onPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.AssessmentAdjustments.CountAsync()));

        var saved = await PostAsync(officePage, "/Programme/Assessment?handler=Adjust&year=2023&kind=District",
            ("schemeId", Id(scheme.Id)), ("AdjustUnit", Id(jimo)), ("Points", "3"), ("Reason", " 招商引资成效突出 "));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = await factory.WithDbAsync(db => db.AssessmentAdjustments.AsNoTracking().OrderBy(a => a.Id).LastAsync());
        Assert.Equal((jimo, 3m, "招商引资成效突出", "as-reason-page"), (entry.UnitId, entry.Points, entry.Reason, entry.EnteredBy));
        var key = Id(entry.Id);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(AssessmentAdjustment) && e.EntityKey == key && e.UserName == "as-reason-page")));
    }
}
