using System.Globalization;
using System.Text.RegularExpressions;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>以商招商: a district opens the reward of a signed referred project, confirms the investment it formed and reads the
/// reward computed by the year's rule; the district and the commerce bureau each confirm their own line; the notice runs,
/// a payment during it is refused, the payment after it is recorded, and the year's report counts it.</summary>
[Collection(PromotionBrowserGroup.Name)]
public sealed class RewardJourneyTests(PromotionBrowserFixture fx)
{
    private const string Project = "（旅程）以商招商 精密减速器项目";
    private const decimal Formed = 32_345.67m;

    private static string Wan(decimal v) => v.ToString("#,##0.##", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_referral_reward_goes_from_the_investment_to_the_payment_and_into_the_years_report()
    {
        var (district, commerce) = await ArrangeAsync();
        var rule = await fx.App.WithDbAsync(db => db.RewardRules.SingleAsync(r => r.Year == 2023));
        // The worked example, from the rule's rate and cap: 32,345.67 × 10‰ = 323.4567 → 323.46, below the cap.
        var expected = Math.Round(Math.Min(Formed * rule.RatePermille / 1000m, rule.CapWan), 2, MidpointRounding.AwayFromZero);
        var today = DateOnly.FromDateTime(PromotionBrowserFixture.Start.UtcDateTime);
        var noticeTo = today.AddDays(rule.NoticeDays);
        var officePassword = await fx.App.CreateUserAsync("reward-office", "dept-drc", Roles.ProgrammeOffice);
        var before = await ReportAsync(await fx.SignedInAsync("reward-office", officePassword));

        var password = await fx.App.CreateUserAsync("reward-xha", "370211", Roles.DistrictStaff);
        var page = await fx.SignedInAsync("reward-xha", password);
        await page.GotoAsync("/Promotion/Rewards?Year=2023");
        await Assertions.Expect(page.GetByTestId("rewards-table")).ToContainTextAsync("已兑付");
        var open = page.GetByTestId("open-case");
        await open.GetByLabel("以商招商项目（已签约）").SelectOptionAsync(new SelectOptionValue { Label = Project + "（旅程引荐人）" });
        await open.GetByLabel("引荐人类别").FillAsync("个人");
        await open.GetByLabel("证件号码或信用代码").FillAsync("370202199001011234");
        await BrowserFixture.ShotAsync(page, "rewards-01-list");
        await open.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("已登记");
        var caseUrl = new Uri(page.Url).AbsolutePath;

        var invest = page.GetByTestId("investment-form");
        await invest.GetByLabel("金额（万元）").FillAsync(Formed.ToString(CultureInfo.InvariantCulture));
        await invest.GetByLabel("数据来源").FillAsync("审计报告");
        await invest.GetByRole(AriaRole.Button, new() { Name = "确认并核算" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("已核算");
        await Assertions.Expect(page.GetByTestId("reward")).ToHaveTextAsync(Wan(expected));
        await Assertions.Expect(page.GetByTestId("computation")).ToContainTextAsync($"{Wan(Formed)} × {Wan(rule.RatePermille)}‰");
        await BrowserFixture.ShotAsync(page, "rewards-02-computed");

        // Each unit answers for its own line only.
        await ConfirmAsync(page, district, commerce);
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("已核算");
        var bureau = await fx.SignedInAsync("reward-com", await fx.App.CreateUserAsync("reward-com", "dept-commerce", Roles.DepartmentStaff));
        await bureau.GotoAsync(caseUrl);
        await ConfirmAsync(bureau, commerce, district);
        await Assertions.Expect(bureau.GetByTestId("state")).ToHaveTextAsync("已联合确认");
        await Assertions.Expect(bureau.GetByTestId("confirmations")).Not.ToContainTextAsync("待确认");
        await BrowserFixture.ShotAsync(bureau, "rewards-03-confirmed");

        await page.GotoAsync(caseUrl);
        var notice = page.GetByTestId("notice-form");
        await notice.GetByLabel("公示开始日期").FillAsync(Day(today));
        await notice.GetByRole(AriaRole.Button, new() { Name = "开始公示" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("公示中");
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync($"{Day(today)} — {Day(noticeTo)}");

        await PayAsync(page, today);
        await Assertions.Expect(page.GetByTestId("errors")).ToContainTextAsync($"公示期至{Day(noticeTo)}，期满后方可支付");
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("公示中");
        await BrowserFixture.ShotAsync(page, "rewards-04-payment-refused-in-notice");

        var paidOn = noticeTo.AddDays(1);
        fx.App.Clock.Set(new DateTimeOffset(paidOn.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        try
        {
            // Days later: the sessions of the notice's day have lapsed, so people sign in again.
            page = await fx.SignedInAsync("reward-xha", password);
            await page.GotoAsync(caseUrl);
            await PayAsync(page, paidOn);
            await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("已兑付");
            await Assertions.Expect(page.GetByTestId("payment")).ToContainTextAsync($"{Day(paidOn)} · {Wan(expected)} 万元");
            await BrowserFixture.ShotAsync(page, "rewards-05-paid");

            var office = await fx.SignedInAsync("reward-office", officePassword);
            var after = await ReportAsync(office);
            Assert.Equal(before.Paid + expected, after.Paid);
            Assert.Equal(before.Count + 1, after.Count);
            await BrowserFixture.ShotAsync(office, "rewards-06-report");
        }
        finally
        {
            fx.App.Clock.Set(PromotionBrowserFixture.Start);
        }
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Agrees on the signed-in user's own unit's line; there is no form for the other unit's line.</summary>
    private static async Task ConfirmAsync(IPage page, int own, int other)
    {
        await Assertions.Expect(page.GetByTestId($"confirm-{other}")).ToHaveCountAsync(0);
        var line = page.GetByTestId($"confirm-{own}");
        await line.GetByLabel("意见（不同意时必填）").FillAsync("经核实，同意");
        await line.GetByRole(AriaRole.Button, new() { Name = "同意", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-unit='{own}']")).ToContainTextAsync(new Regex(@"：同意\s*（经核实，同意）"));
    }

    private static async Task PayAsync(IPage page, DateOnly on)
    {
        var pay = page.GetByTestId("pay-form");
        await pay.GetByLabel("支付日期").FillAsync(Day(on));
        await pay.GetByLabel("支付凭证号").FillAsync("青商奖〔2023〕旅程1号");
        await pay.GetByRole(AriaRole.Button, new() { Name = "登记支付" }).ClickAsync();
    }

    /// <summary>The year's total row: cases and amount paid.</summary>
    private static async Task<(int Count, decimal Paid)> ReportAsync(IPage page)
    {
        await page.GotoAsync("/Promotion/Rewards/Report?year=2023");
        var total = page.GetByTestId("by-unit").Locator("tbody tr").Last;
        await Assertions.Expect(total.Locator("td").First).ToHaveTextAsync("合计");
        var count = int.Parse(await total.Locator("td").Nth(1).InnerTextAsync(), CultureInfo.InvariantCulture);
        var paid = decimal.Parse(await total.GetByTestId("paid").InnerTextAsync(), NumberStyles.Number, CultureInfo.InvariantCulture);
        return (count, paid);
    }

    /// <summary>A referred project of 西海岸新区 signed in June, its referrer registered in May, through the project save.</summary>
    private async Task<(int District, int Commerce)> ArrangeAsync()
    {
        using var scope = fx.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Ballast.Web.Data.AppDbContext>();
        var district = await db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync();
        var commerce = await db.Units.Where(u => u.Code == "dept-commerce").Select(u => u.Id).SingleAsync();
        var saved = await scope.ServiceProvider.GetRequiredService<ProjectSave>().CreateAsync(new ProjectInput
        {
            Name = Project, OwnerUnitId = district, TotalInvestment = 45_000m, Origin = ProjectOrigin.Referral, ReferrerKind = ReferrerKind.Person,
            ReferrerName = "旅程引荐人", ReferrerRegisteredOn = new DateOnly(2023, 5, 8), NotADuplicate = true,
        }, ProjectStage.Signed, new DateOnly(2023, 6, 1));
        Assert.Empty(saved.Errors);
        return (district, commerce);
    }
}
