using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using static Ballast.Tests.Programme.SupervisionSeed;

namespace Ballast.Tests.Programme;

/// <summary>The supervision list, its counts, filters and export, and the figures the bulletin and
/// the assessment count with. Each test keeps to a unit or a year of its own.</summary>
public sealed class SupervisionListTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Overdue_is_flagged_once_the_clock_passes_the_due_date_and_not_before()
    {
        factory.Clock.Set(July10);
        var unit = await UnitAsync(factory, "370212");
        var item = await ItemAsync(factory, "370212", "逾期 用地组卷", new DateOnly(2023, 7, 12), SupervisionState.Acknowledged);
        await ItemAsync(factory, "370212", "逾期 已办结的旧事项", new DateOnly(2023, 7, 1), SupervisionState.Closed);
        var list = $"/Programme/Supervision?Year=2023&Unit={unit}";

        factory.Clock.Set(CityDay(7, 12));
        var client = await SignedInAsync(factory, "svl-overdue", "dept-drc", Roles.ProgrammeOffice);
        Assert.DoesNotContain("逾期 用地组卷", await client.GetStringAsync(list + "&Overdue=true"), StringComparison.Ordinal);
        var onDueDate = await client.GetStringAsync(list);
        Assert.DoesNotContain("data-testid=\"overdue\"", onDueDate, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"due-soon\"", onDueDate, StringComparison.Ordinal);
        Assert.Equal(0, (await Figures(2023, unit)).Overdue);

        // 00:30 on the 13th in the city is still the 12th in UTC: already overdue.
        factory.Clock.Set(new DateTimeOffset(2023, 7, 12, 16, 30, 0, TimeSpan.Zero));
        client = await SignedInAsync(factory, "svl-overdue-2", "dept-drc", Roles.ProgrammeOffice);
        var overdue = await client.GetStringAsync(list + "&Overdue=true");
        Assert.Contains($"data-item=\"{item}\"", overdue, StringComparison.Ordinal);
        Assert.Contains("已逾期 1 天", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("逾期 已办结的旧事项", overdue, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"overdue-count\">1<", overdue, StringComparison.Ordinal);
        Assert.Equal(new SupervisionCounts(1, 1, 1, 0), await Figures(2023, unit));
    }

    [Fact]
    public async Task Counts_and_filters_are_kept_in_the_url()
    {
        factory.Clock.Set(July10);
        var unit = await UnitAsync(factory, "370213");
        await ItemAsync(factory, "370213", "筛选 会议事项", new DateOnly(2023, 7, 5));
        await ItemAsync(factory, "370213", "筛选 批示事项", new DateOnly(2023, 7, 12), source: SupervisionNames.Instruction);
        await ItemAsync(factory, "370213", "筛选 已报送事项", new DateOnly(2023, 7, 20), SupervisionState.Reported);
        await ItemAsync(factory, "370213", "筛选 已办结事项", new DateOnly(2023, 7, 8), SupervisionState.Closed);
        await ItemAsync(factory, "370213", "筛选 去年事项", new DateOnly(2022, 12, 1), year: 2022);
        var client = await SignedInAsync(factory, "svl-filters", "370213", Roles.DistrictStaff);
        var list = $"/Programme/Supervision?Year=2023&Unit={unit}";

        var all = await client.GetStringAsync(list);
        Assert.Contains("data-testid=\"open-count\">3<", all, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"overdue-count\">1<", all, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"due-soon-count\">1<", all, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"closed-count\">1<", all, StringComparison.Ordinal);
        Assert.DoesNotContain("筛选 去年事项", all, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Programme/Supervision?Year=2023&amp;Unit={unit}&amp;Overdue=true\"", all, StringComparison.Ordinal);

        Assert.Equal(["筛选 会议事项", "筛选 批示事项", "筛选 已报送事项"], Titles(await client.GetStringAsync(list + "&State=Open")));
        Assert.Equal(["筛选 已报送事项"], Titles(await client.GetStringAsync(list + "&State=Reported")));
        Assert.Equal(["筛选 批示事项"], Titles(await client.GetStringAsync(list + "&Source=" + Uri.EscapeDataString(SupervisionNames.Instruction))));
        Assert.Equal(["筛选 批示事项"], Titles(await client.GetStringAsync(list + "&DueSoon=true")));
        Assert.Equal(["筛选 去年事项"], Titles(await client.GetStringAsync($"/Programme/Supervision?Year=2022&Unit={unit}")));
    }

    [Fact]
    public async Task Export_holds_exactly_the_rows_shown_with_Chinese_titles()
    {
        factory.Clock.Set(July10);
        var unit = await UnitAsync(factory, "370214");
        await ItemAsync(factory, "370214", "导出 逾期事项", new DateOnly(2023, 7, 1));
        await ItemAsync(factory, "370214", "导出 未到期事项", new DateOnly(2023, 8, 1));
        var client = await SignedInAsync(factory, "svl-export", "dept-drc", Roles.ProgrammeOffice);

        var page = await client.GetStringAsync($"/Programme/Supervision?Year=2023&Unit={unit}&Overdue=true");
        Assert.Contains($"href=\"?handler=Export&amp;Year=2023&amp;Unit={unit}&amp;Overdue=true\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"print-header\"", page, StringComparison.Ordinal);
        var response = await client.GetAsync($"/Programme/Supervision?handler=Export&Year=2023&Unit={unit}&Overdue=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("导出 逾期事项", row["督办事项"]);
        Assert.Equal("城阳区", row["承办单位"]);
        Assert.Equal("会议", row["来源"]);
        Assert.Equal("待签收", row["状态"]);
        Assert.Equal("已逾期 9 天", row["逾期"]);
        Assert.Equal("2023-07-01", row["办结时限"]);
    }

    [Fact]
    public async Task Figures_count_open_overdue_and_closed_on_time_or_late_on_a_fixture()
    {
        factory.Clock.Set(July10);
        const int Year = 2030;
        var a = await UnitAsync(factory, "370281");
        var b = await UnitAsync(factory, "dept-land");
        await ItemAsync(factory, "370281", "统计 未到期", new DateOnly(2023, 7, 20), year: Year);
        await ItemAsync(factory, "370281", "统计 逾期", new DateOnly(2023, 7, 9), SupervisionState.Acknowledged, year: Year);
        await ItemAsync(factory, "370281", "统计 已报送逾期", new DateOnly(2023, 7, 1), SupervisionState.Reported, year: Year);
        await ItemAsync(factory, "370281", "统计 按时办结", new DateOnly(2023, 7, 5), SupervisionState.Closed, year: Year, closedOn: new DateOnly(2023, 7, 5));
        await ItemAsync(factory, "370281", "统计 超期办结", new DateOnly(2023, 7, 5), SupervisionState.Closed, year: Year, closedOn: new DateOnly(2023, 7, 6));
        await ItemAsync(factory, "dept-land", "统计 部门逾期", new DateOnly(2023, 7, 2), year: Year);
        await ItemAsync(factory, "dept-land", "统计 部门按时", new DateOnly(2023, 7, 9), SupervisionState.Closed, year: Year, closedOn: new DateOnly(2023, 7, 1));
        await ItemAsync(factory, "dept-land", "统计 他年", new DateOnly(2023, 7, 2), year: Year + 1);

        Assert.Equal(new SupervisionCounts(3, 2, 1, 1), await Figures(Year, a));
        Assert.Equal(new SupervisionCounts(1, 1, 1, 0), await Figures(Year, b));
        var (open, overdue, onTime, late) = await Figures(Year, null);
        Assert.Equal((4, 3, 2, 1), (open, overdue, onTime, late));
        var byUnit = await factory.WithDbAsync(db => SupervisionFigures.ByUnitAsync(db, Year));
        Assert.Equal(new[] { a, b }.Order(), byUnit.Keys.Order());
        Assert.Equal(default, await Figures(Year + 2, null));

        // As of today in the city: on the 21st the item due on the 20th is overdue too.
        factory.Clock.Set(CityDay(7, 21));
        Assert.Equal(new SupervisionCounts(3, 3, 1, 1), await Figures(Year, a));
    }

    private Task<SupervisionCounts> Figures(int year, int? unit) => factory.WithDbAsync(db => SupervisionFigures.CountsAsync(db, year, unit));

    private static List<string> Titles(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<tr data-item=\"\\d+\">\\s*<td><a [^>]+>([^<]+)</a>").Select(m => m.Groups[1].Value)];
}
