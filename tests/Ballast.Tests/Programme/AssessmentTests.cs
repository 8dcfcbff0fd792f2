using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;
using Ballast.Tests.Projects;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Ballast.Web.Features.Programme.AssessmentApi;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Programme;

/// <summary>The annual assessment on a real database with the 2023 demo portfolio: the seeded
/// schemes, a department worked example scored and ranked as computed by hand, districts scored on
/// their key projects, adjustments that need a reason, the second-person approval of a weight
/// change with its audit trail, the office-only writes, and an export that matches the table.
/// The department scheme stays unpublished in this class; the district scheme gets published.</summary>
public sealed partial class AssessmentTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private const int Year = 2023;
    private const string Results = "/api/programme/assessment/results?year=2023&kind=";

    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private async Task<HttpClient> PageAsync(string name, string unit, string role) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private Task<int> UnitAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<int> IndicatorAsync(string code) => factory.WithDbAsync(db =>
        db.Indicators.Where(i => i.Code == code && db.Plans.Any(p => p.Id == i.Battle!.PlanId && p.Year == Year)).Select(i => i.Id).SingleAsync());

    private Task<AssessmentScheme> SchemeAsync(UnitKind kind) => factory.WithDbAsync(db =>
        db.AssessmentSchemes.AsNoTracking().Include(s => s.Items).SingleAsync(s => s.Year == Year && s.UnitKind == kind));

    private static async Task<ResultsDto> ResultsAsync(HttpClient client, UnitKind kind) =>
        (await client.GetFromJsonAsync<ResultsDto>(Results + kind, Json))!;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("assessment")[0].GetString()!;

    /// <summary>Posts a page form, with the antiforgery token taken from a plain page.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var token = await Browser.AntiforgeryTokenAsync(client, "/Programme/Assessment?Year=2023");
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>Publishes the scheme through the page, unless another test already did.</summary>
    private async Task PublishAsync(HttpClient office, UnitKind kind)
    {
        var scheme = await SchemeAsync(kind);
        if (!scheme.IsPublished)
        {
            var response = await PostAsync(office, $"/Programme/Assessment?handler=Publish&year=2023&kind={kind}", ("schemeId", Id(scheme.Id)));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        Assert.True((await SchemeAsync(kind)).IsPublished);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Districts_score_on_their_key_projects_and_not_reporting_scores_zero()
    {
        var office = await ApiAsync("as-districts", "dept-drc", Roles.ProgrammeOffice);
        await ResultsAsync(office, UnitKind.District);
        var pingdu = await UnitAsync(DemoPortfolio.LateDistrict);
        var xihaian = await UnitAsync("370211");
        var bonus = await office.PostAsJsonAsync("/api/programme/assessment/adjustments", new NewAdjustment(Year, UnitKind.District, pingdu, 5m, "重大项目签约加分"));
        Assert.Equal(HttpStatusCode.Created, bonus.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            db.SupervisionItems.Add(new SupervisionItem
            {
                Year = Year, Title = "区市逾期督办", Source = "领导批示", IssuedBy = "test", OwnerUnitId = xihaian,
                IssuedOn = new DateOnly(2023, 5, 1), DueOn = new DateOnly(2023, 6, 1), State = SupervisionState.Acknowledged,
            });
            await db.SaveChangesAsync();
        });

        var r = await ResultsAsync(office, UnitKind.District);

        // Expected from the key-project figures the dashboard shows, the adjustments and supervision on record.
        var (figures, adjustments, overdue, weight) = await factory.WithDbAsync(async db =>
        {
            var scheme = await db.AssessmentSchemes.Include(s => s.Items).SingleAsync(s => s.Year == Year && s.UnitKind == UnitKind.District);
            return (await new KeyProjectFigures(db).ByAsync(Breakdown.District, Year, 9),
                await db.AssessmentAdjustments.Where(a => a.SchemeId == scheme.Id).GroupBy(a => a.UnitId).ToDictionaryAsync(g => g.Key, g => g.Sum(a => a.Points)),
                await SupervisionFigures.ByUnitAsync(db, Year), scheme.Items.Single().Weight);
        });
        var expected = figures.Where(f => f.Key is not null).ToDictionary(f => f.Key!.Value, f =>
        {
            var score = IndicatorStatus.Score(f.Progress.Status) ?? 0m;
            var deduction = overdue.TryGetValue(f.Key!.Value, out var c) ? 2m * (c.Overdue + c.ClosedLate) : 0m;
            return (Base: score, Total: score + adjustments.GetValueOrDefault(f.Key.Value) - deduction,
                Formula: string.Create(CultureInfo.InvariantCulture, $"({weight:0.##}×{score:0}) ÷ {weight:0.##} = {score:0.00}"));
        });
        Assert.Equal(expected.Keys.Order(), r.Ranking.Select(x => x.UnitId).Order());
        foreach (var row in r.Ranking)
        {
            Assert.Equal(expected[row.UnitId], (row.Base, row.Total, row.BaseFormula));
            Assert.Equal(1 + r.Ranking.Count(o => o.Total > row.Total), row.Rank);
        }
        Assert.Equal(r.Ranking.Select(x => x.Total).OrderDescending(), r.Ranking.Select(x => x.Total));
        // Pingdu has not reported September: in the assessment that scores 0, not "left out".
        var late = r.Ranking.Single(x => x.UnitId == pingdu);
        Assert.Equal((0m, 5m, 5.00m), (late.Base, late.Adjustments, late.Total));
        Assert.Equal(Status.NotReported, Assert.Single(late.Items!).Status);
        Assert.Equal((1, 2m), (r.Ranking.Single(x => x.UnitId == xihaian).OverdueSupervision, r.Ranking.Single(x => x.UnitId == xihaian).SupervisionDeduction));
        Assert.Contains(r.Ranking, x => r.Ranking.Count(o => o.Rank == x.Rank) > 1);
    }

    [Fact]
    public async Task The_export_holds_exactly_the_ranking_shown()
    {
        var office = await PageAsync("as-export", "dept-drc", Roles.ProgrammeOffice);
        var html = await office.GetStringAsync("/Programme/Assessment?Year=2023&Kind=District");
        var names = await factory.WithDbAsync(db => db.Units.ToDictionaryAsync(u => u.Id, u => u.Name));
        var shown = RankRow().Matches(html).Select(m => (Rank: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
            Unit: names[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)], Total: double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(shown);
        Assert.Contains("href=\"?handler=Export&Year=2023&Kind=District&Month=9\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);

        var response = await office.GetAsync("/Programme/Assessment?handler=Export&Year=2023&Kind=District&Month=9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ListExport.ContentType, response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(shown, rows.Select(x => (Convert.ToDouble(x["名次"], CultureInfo.InvariantCulture), (string)x["单位"], Convert.ToDouble(x["总分"], CultureInfo.InvariantCulture))));
        Assert.Equal(["名次", "单位", "基础分", "基础分算式", "加减分", "逾期督办（项）", "督办扣分", "总分", "总分算式"], rows[0].Keys);
        Assert.All(rows, x => Assert.Contains(" ÷ ", (string)x["基础分算式"], StringComparison.Ordinal));
    }

    [GeneratedRegex("data-testid=\"rank-row\" data-unit=\"(\\d+)\" data-rank=\"(\\d+)\" data-total=\"([-0-9.]+)\"")]
    private static partial Regex RankRow();
}

/// <summary>The schemes a year starts with, on a database without the demo portfolio (so no
/// reporting period yet: nothing is ranked).</summary>
public sealed class AssessmentSeedTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task The_office_opening_a_year_gets_the_seeded_schemes()
    {
        var office = await Browser.WithTokenAsync(factory, "seed-office", await factory.CreateUserAsync("seed-office", "dept-drc", Roles.ProgrammeOffice));
        var district = await Browser.WithTokenAsync(factory, "seed-district", await factory.CreateUserAsync("seed-district", "370211", Roles.DistrictStaff));
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync("/api/programme/assessment/results?year=2023&kind=District")).StatusCode);

        var r = (await office.GetFromJsonAsync<ResultsDto>("/api/programme/assessment/results?year=2023&kind=District"))!;

        Assert.Equal(("区市考核方案", false, (int?)null), (r.Name, r.IsPublished, r.Month));
        Assert.Empty(r.Ranking);
        var (keyInvestment, led, schemes) = await factory.WithDbAsync(async db => (
            await db.Indicators.Where(i => i.Code == "key-investment").Select(i => i.Id).SingleAsync(),
            await db.Indicators.Where(i => i.LeadUnitId != null).Select(i => i.Id).Order().ToListAsync(),
            await db.AssessmentSchemes.AsNoTracking().Include(s => s.Items).Where(s => s.Year == 2023).ToDictionaryAsync(s => s.UnitKind)));
        Assert.Equal(2, schemes.Count);
        var item = Assert.Single(schemes[UnitKind.District].Items);
        Assert.Equal((keyInvestment, AssessmentSeed.DistrictWeight), (item.IndicatorId, item.Weight));
        Assert.True(led.Count > 20);
        Assert.Equal(led, schemes[UnitKind.Department].Items.Select(i => i.IndicatorId).Order());
        Assert.All(schemes[UnitKind.Department].Items, i => Assert.Equal(AssessmentSeed.DepartmentWeight, i.Weight));
        // Made by the office user, in the audit trail; opening the page again makes nothing new.
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(AssessmentScheme) && e.UserName == "seed-office")));
        await office.GetAsync("/api/programme/assessment/results?year=2023&kind=Department");
        Assert.Equal(2, await factory.WithDbAsync(db => db.AssessmentSchemes.CountAsync()));
    }
}
