using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Promotion;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Promotion.Rewards;

/// <summary>Reward cases through HTTP on a real database (both engines): the worked examples, the refusals, the joint
/// confirmation unit by unit, the notice before payment, a rule change and the year's report.</summary>
public sealed class RewardCaseTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static decimal Dec(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    [Theory]
    [InlineData(20_000, 200)]   // below the cap
    [InlineData(50_000, 500)]   // exactly at the cap
    [InlineData(80_000, 500)]   // above it: the cap
    [InlineData(5_000, 50)]     // exactly the minimum
    public async Task A_reward_is_the_worked_example(int formed, int reward)
    {
        var http = await RewardHttp.CreateAsync(factory, $"ex{formed}");
        var id = await http.OpenAsync(await http.SignedProjectAsync($"（奖励示例）{formed}"));
        var c = (await http.InvestAsync(id, formed)).GetProperty("case");
        Assert.Equal((int)RewardState.Computed, c.GetProperty("state").GetInt32());
        Assert.Equal(reward, Dec(c, "rewardWan"));
    }

    [Fact]
    public async Task Below_the_minimum_or_an_excluded_referrer_is_refused_with_the_reason_kept()
    {
        var http = await RewardHttp.CreateAsync(factory, "refuse");
        var low = await http.OpenAsync(await http.SignedProjectAsync("（奖励拒绝）起点以下"));
        var excluded = await http.OpenAsync(await http.SignedProjectAsync("（奖励拒绝）公职人员"), "公职人员");
        var a = (await http.InvestAsync(low, 4_999m)).GetProperty("case");
        var b = (await http.InvestAsync(excluded, 90_000m)).GetProperty("case");
        Assert.Equal((int)RewardState.Refused, a.GetProperty("state").GetInt32());
        Assert.Contains("低于奖励起点5,000万元", a.GetProperty("refusalReason").GetString(), StringComparison.Ordinal);
        Assert.Contains("公职人员", b.GetProperty("refusalReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, Dec(b, "rewardWan"));
    }

    [Fact]
    public async Task A_referrer_registered_after_signing_is_refused_on_every_channel()
    {
        var http = await RewardHttp.CreateAsync(factory, "late");
        // Same day counts as before; a day later is refused when the project is created straight into the signed stage.
        Assert.Equal(HttpStatusCode.Created, (await http.ProjectAsync("（奖励迟登记）当日", 60_000m, "2023-06-01")).StatusCode);
        var late = await http.ProjectAsync("（奖励迟登记）直接签约", 60_000m, "2023-06-02");
        Assert.Contains("引荐人须在项目签约前登记", await RewardHttp.ErrorsAsync(late), StringComparison.Ordinal);
        // An edit that moves the registration after the signing: refused too.
        var id = await http.SignedProjectAsync("（奖励迟登记）修改");
        var project = await factory.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == id));
        var edit = await http.District.PutAsJsonAsync($"/api/projects/{id}", new ProjectInput
        {
            Name = project.Name, OwnerUnitId = project.OwnerUnitId, TotalInvestment = project.TotalInvestment, Version = project.Version,
            Origin = ProjectOrigin.Referral, ReferrerKind = ReferrerKind.Person, ReferrerName = "张引荐", ReferrerRegisteredOn = new DateOnly(2023, 7, 1),
        });
        Assert.Contains("引荐人须在项目签约前登记", await RewardHttp.ErrorsAsync(edit), StringComparison.Ordinal);
        // A project stored so by any other way (older data): the reward case refuses to open, naming the field.
        await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReferrerRegisteredOn, new DateOnly(2023, 7, 1))));
        var open = await http.District.PostAsJsonAsync("/api/promotion/rewards", new { projectId = id, referrerCategory = "个人" });
        var why = await RewardHttp.ErrorsAsync(open);
        Assert.Contains("引荐人登记日期晚于项目签约日期", why, StringComparison.Ordinal);
        Assert.Contains("referrerRegisteredOn", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_that_is_not_a_signed_referral_has_no_case_and_one_project_has_one_case()
    {
        var http = await RewardHttp.CreateAsync(factory, "once");
        var id = await http.SignedProjectAsync("（奖励唯一）");
        await http.OpenAsync(id);
        var again = await http.District.PostAsJsonAsync("/api/promotion/rewards", new { projectId = id, referrerCategory = "企业" });
        Assert.Contains("该项目已有奖励案件", await RewardHttp.ErrorsAsync(again), StringComparison.Ordinal);
        var unsigned = await http.District.PostAsJsonAsync($"/api/projects", new
        {
            name = "（奖励唯一）未签约", ownerUnitId = http.DistrictUnit, totalInvestment = 9_000m, origin = 1, referrerKind = 0, referrerName = "某企业",
            referrerRegisteredOn = "2023-05-01",
        });
        var other = (await unsigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var refused = await http.District.PostAsJsonAsync("/api/promotion/rewards", new { projectId = other, referrerCategory = "企业" });
        Assert.Contains("尚未签约", await RewardHttp.ErrorsAsync(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_unit_confirms_its_own_line_only_and_payment_waits_for_the_notice()
    {
        var http = await RewardHttp.CreateAsync(factory, "joint");
        var id = await http.OpenAsync(await http.SignedProjectAsync("（奖励联合确认）"));
        await http.InvestAsync(id, 30_000m);
        var url = $"/api/promotion/rewards/{id}";
        // Another district does not even see the case; the owner district may not answer for the commerce bureau.
        Assert.Equal(HttpStatusCode.NotFound, (await http.OtherDistrict.PostAsJsonAsync(url + "/confirmations", new { unitId = http.CommerceUnit, agreed = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.District.PostAsJsonAsync(url + "/confirmations", new { unitId = http.CommerceUnit, agreed = true })).StatusCode);
        // No skipping: no notice before the confirmation.
        Assert.Contains("不能开始公示", await RewardHttp.ErrorsAsync(await http.District.PostAsJsonAsync(url + "/notice", new { noticeFrom = "2023-07-01", version = 0 })),
            StringComparison.Ordinal);
        // A disagreement keeps it computed, with the reason.
        await RewardHttp.OkAsync(await http.Commerce.PostAsJsonAsync(url + "/confirmations", new { unitId = http.CommerceUnit, agreed = false, note = "投资额待审计" }));
        await RewardHttp.OkAsync(await http.District.PostAsJsonAsync(url + "/confirmations", new { unitId = http.DistrictUnit, agreed = true }));
        var c = await RewardHttp.CaseAsync(http.District, id);
        Assert.Equal((int)RewardState.Computed, c.GetProperty("case").GetProperty("state").GetInt32());
        Assert.Contains(c.GetProperty("confirmations").EnumerateArray(), l => l.GetProperty("note").GetString() == "投资额待审计");
        await http.ConfirmAllAsync(id);
        c = await RewardHttp.CaseAsync(http.District, id);
        Assert.Equal((int)RewardState.Confirmed, c.GetProperty("case").GetProperty("state").GetInt32());
        // The notice from today (2023-07-10 on the test clock) runs to the 17th: no payment before it ends.
        var version = c.GetProperty("case").GetProperty("version").GetInt32();
        c = await RewardHttp.OkAsync(await http.District.PostAsJsonAsync(url + "/notice", new { noticeFrom = "2023-07-10", version }));
        Assert.Equal("2023-07-17", c.GetProperty("case").GetProperty("noticeTo").GetString());
        version = c.GetProperty("case").GetProperty("version").GetInt32();
        var early = await http.District.PostAsJsonAsync(url + "/payment", new { paidOn = "2023-07-10", paidWan = 300m, paymentReference = "早付", version });
        Assert.Contains("公示期至2023-07-17，期满后方可支付", await RewardHttp.ErrorsAsync(early), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_objection_holds_the_payment_until_handled_and_the_payment_never_exceeds_the_reward()
    {
        var http = await RewardHttp.CreateAsync(factory, "pay");
        var id = await http.OpenAsync(await http.SignedProjectAsync("（奖励支付）"));
        await http.InvestAsync(id, 30_000m);
        await http.ConfirmAllAsync(id);
        var url = $"/api/promotion/rewards/{id}";
        var c = await RewardHttp.CaseAsync(http.District, id);
        c = await RewardHttp.OkAsync(await http.District.PostAsJsonAsync(url + "/notice",
            new { noticeFrom = "2023-06-20", version = c.GetProperty("case").GetProperty("version").GetInt32() }));
        await RewardHttp.OkAsync(await http.District.PostAsJsonAsync(url + "/objections", new { text = "引荐人另有任职" }));
        var version = (await RewardHttp.CaseAsync(http.District, id)).GetProperty("case").GetProperty("version").GetInt32();
        var held = await http.District.PostAsJsonAsync(url + "/payment", new { paidOn = "2023-07-05", paidWan = 300m, paymentReference = "P1", version });
        Assert.Contains("异议尚未处理", await RewardHttp.ErrorsAsync(held), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.District.PostAsJsonAsync(url + "/objections/handled", new { text = "经核实不属实" })).StatusCode);
        await RewardHttp.OkAsync(await http.Office.PostAsJsonAsync(url + "/objections/handled", new { text = "经核实不属实" }));
        version = (await RewardHttp.CaseAsync(http.District, id)).GetProperty("case").GetProperty("version").GetInt32();
        var over = await http.District.PostAsJsonAsync(url + "/payment", new { paidOn = "2023-07-05", paidWan = 300.01m, paymentReference = "P1", version });
        Assert.Contains("支付金额不能超过核定奖励300万元", await RewardHttp.ErrorsAsync(over), StringComparison.Ordinal);
        c = await RewardHttp.OkAsync(await http.District.PostAsJsonAsync(url + "/payment", new { paidOn = "2023-07-05", paidWan = 300m, paymentReference = "P1", version }));
        Assert.Equal((int)RewardState.Paid, c.GetProperty("case").GetProperty("state").GetInt32());
        // Every step is in the audit trail.
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(ReferralReward) && e.EntityKey == key));
        Assert.True(entries >= 6, $"{entries} audit entries");
    }

    [Fact]
    public async Task A_rule_change_recomputes_only_what_is_not_confirmed()
    {
        var http = await RewardHttp.CreateAsync(factory, "rulechg");
        var waiting = await http.OpenAsync(await http.SignedProjectAsync("（规则变更）待确认"));
        var confirmed = await http.OpenAsync(await http.SignedProjectAsync("（规则变更）已确认"));
        await http.InvestAsync(waiting, 20_000m);
        await http.InvestAsync(confirmed, 20_000m);
        await http.ConfirmAllAsync(confirmed);
        await RewardHttp.OkAsync(await http.District.PostAsJsonAsync($"/api/promotion/rewards/{waiting}/confirmations", new { unitId = http.DistrictUnit, agreed = true }));
        var rule = (await http.Office.GetFromJsonAsync<JsonElement>("/api/promotion/reward-rules")).EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 2023);
        var changed = await http.Office.PutAsJsonAsync("/api/promotion/reward-rules/2023", new
        {
            year = 2023, title = "2023年度以商招商奖励（调整）", ratePermille = 15m, capWan = 500m, minimumFormedWan = 5_000m, noticeDays = 7,
            version = rule.GetProperty("version").GetInt32(),
        });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        var w = await RewardHttp.CaseAsync(http.District, waiting);
        Assert.Equal(300, Dec(w.GetProperty("case"), "rewardWan"));
        Assert.All(w.GetProperty("confirmations").EnumerateArray(), l => Assert.Equal(JsonValueKind.Null, l.GetProperty("agreed").ValueKind));
        var c = await RewardHttp.CaseAsync(http.District, confirmed);
        Assert.Equal(200, Dec(c.GetProperty("case"), "rewardWan"));
        Assert.Equal((int)RewardState.Confirmed, c.GetProperty("case").GetProperty("state").GetInt32());
        // A stale version of the rule is refused, not applied.
        var stale = await http.Office.PutAsJsonAsync("/api/promotion/reward-rules/2023", new
        {
            year = 2023, title = "过期修改", ratePermille = 1m, capWan = 1m, minimumFormedWan = 0m, noticeDays = 7, version = rule.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.District.PutAsJsonAsync("/api/promotion/reward-rules/2024", new { title = "x" })).StatusCode);
    }

    [Fact]
    public async Task The_report_sums_equal_the_cases_and_the_id_number_is_masked_outside_the_owner()
    {
        var http = await RewardHttp.CreateAsync(factory, "report");
        var ids = new List<int>();
        foreach (var (formed, n) in new[] { (12_000m, 0), (70_000m, 1), (4_000m, 2) })
        {
            var id = await http.OpenAsync(await http.SignedProjectAsync($"（奖励报表）{n}"));
            await http.InvestAsync(id, formed);
            ids.Add(id);
        }
        await http.ConfirmAllAsync(ids[1]);
        var rows = await http.Office.GetFromJsonAsync<JsonElement>("/api/promotion/rewards?year=2023");
        var report = await http.Office.GetFromJsonAsync<JsonElement>("/api/promotion/rewards/report?year=2023");
        var cases = rows.EnumerateArray().ToList();
        var total = report.GetProperty("total");
        Assert.Equal(cases.Count, total.GetProperty("count").GetInt32());
        static decimal Wan(JsonElement r, string name) => r.GetProperty(name).ValueKind == JsonValueKind.Null ? 0 : r.GetProperty(name).GetDecimal();
        static int State(JsonElement r) => r.GetProperty("state").GetInt32();
        Assert.Equal(cases.Where(r => State(r) != (int)RewardState.Refused).Sum(r => Wan(r, "rewardWan")), total.GetProperty("rewardWan").GetDecimal());
        var confirmed = cases.Where(r => State(r) is (int)RewardState.Confirmed or (int)RewardState.InNotice or (int)RewardState.Paid).ToList();
        Assert.Equal(confirmed.Count, total.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(confirmed.Sum(r => Wan(r, "rewardWan")), total.GetProperty("confirmedWan").GetDecimal());
        Assert.Equal(cases.Sum(r => Wan(r, "paidWan")), total.GetProperty("paidWan").GetDecimal());
        Assert.Equal(cases.Count, report.GetProperty("byState").EnumerateArray().Sum(l => l.GetProperty("count").GetInt32()));
        Assert.Equal(total.GetProperty("rewardWan").GetDecimal(), report.GetProperty("byUnit").EnumerateArray().Sum(l => l.GetProperty("rewardWan").GetDecimal()));
        // The owner district sees the ID number whole; the office and the export see it masked.
        Assert.Equal("370202199001011234", (await RewardHttp.CaseAsync(http.District, ids[0])).GetProperty("case").GetProperty("referrerIdNumber").GetString());
        Assert.Equal("370*************34", (await RewardHttp.CaseAsync(http.Office, ids[0])).GetProperty("case").GetProperty("referrerIdNumber").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.OtherDistrict.GetAsync($"/api/promotion/rewards/{ids[0]}")).StatusCode);
    }
}
