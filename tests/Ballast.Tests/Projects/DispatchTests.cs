using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Dashboard;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;
using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Projects;

/// <summary>The monthly dispatch over the API on a real database: the office opens a month, a
/// district saves and submits, the office returns (with a reason) or accepts (locking the month)
/// and reopens; batches are all or nothing and held to scope; a missing report is "not reported",
/// never zero; a report after the due date is late. Each test runs in a year of its own.</summary>
public sealed class DispatchTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static readonly DateTimeOffset DefaultNow = new(2023, 7, 10, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Two key projects in 西海岸新区 (K1, K2) and one in 即墨区 (K3), each planned at 1,200 万元.</summary>
    private sealed record World(int Year, int Month, int PeriodId, (int ProjectId, int KeyId) K1, (int ProjectId, int KeyId) K2, (int ProjectId, int KeyId) K3,
        HttpClient Office, HttpClient District, HttpClient Jimo);

    private async Task<World> WorldAsync(int year, int month, DateOnly? dueOn = null)
    {
        var xihaian = await UnitAsync(factory, "370211");
        var jimo = await UnitAsync(factory, "370215");
        var k1 = await KeyProjectAsync(factory, $"调度{year} 西海岸甲", xihaian, year, 1_200m);
        var k2 = await KeyProjectAsync(factory, $"调度{year} 西海岸乙", xihaian, year, 1_200m);
        var k3 = await KeyProjectAsync(factory, $"调度{year} 即墨丙", jimo, year, 1_200m);
        var office = await UserAsync($"dispatch-office-{year}", "dept-drc", Roles.ProgrammeOffice);
        var district = await UserAsync($"dispatch-xihaian-{year}", "370211", Roles.DistrictStaff);
        var jimoUser = await UserAsync($"dispatch-jimo-{year}", "370215", Roles.DistrictStaff);
        var opened = await office.PostAsJsonAsync("/api/dispatch/periods",
            new DispatchApi.OpenPeriod(year, month, dueOn ?? new DateOnly(year, month, 1).AddMonths(1).AddDays(9)));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var periodId = (await JsonAsync(opened)).GetProperty("id").GetInt32();
        return new World(year, month, periodId, k1, k2, k3, office, district, jimoUser);
    }

    private async Task<HttpClient> UserAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string key) =>
        (await JsonAsync(response)).GetProperty("errors").GetProperty(key).EnumerateArray().Single().GetString()!;

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, World w, bool submit, params ReportEntry[] entries) =>
        client.PutAsJsonAsync($"/api/dispatch/periods/{w.PeriodId}/reports", new DispatchApi.SaveReports(entries, submit));

    private static ReportEntry Entry((int ProjectId, int KeyId) k, decimal? completed) => new(k.KeyId, completed, "主体施工", false, false);

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, int reportId, DispatchAction action, string? reason = null) =>
        client.PostAsJsonAsync($"/api/dispatch/reports/{reportId}", new DispatchApi.Act(action, reason));

    private Task<MonthlyReport?> ReportAsync(World w, (int ProjectId, int KeyId) k) =>
        factory.WithDbAsync(db => db.MonthlyReports.AsNoTracking().SingleOrDefaultAsync(r => r.PeriodId == w.PeriodId && r.KeyProjectId == k.KeyId));

    private Task<int> ReportCountAsync(World w) => factory.WithDbAsync(db => db.MonthlyReports.CountAsync(r => r.PeriodId == w.PeriodId));

    private Task<ProjectFigure> FigureAsync(World w, (int ProjectId, int KeyId) k) =>
        factory.WithDbAsync(async db => (await new KeyProjectFigures(db).ProjectsAsync(w.Year, w.Month, db.KeyProjects.Where(x => x.Id == k.KeyId), take: 1)).Single());

    private static async Task<List<int>> ListAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>("/api/projects?" + query))!.Select(p => p.Id)];

    [Fact]
    public async Task Only_the_office_opens_a_period()
    {
        var office = await UserAsync("dispatch-open-office", "dept-drc", Roles.ProgrammeOffice);
        var district = await UserAsync("dispatch-open-district", "370211", Roles.DistrictStaff);
        Task<int> PeriodsAsync() => factory.WithDbAsync(db => db.ReportingPeriods.CountAsync(p => p.Year == 2030));

        var refused = await district.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(2030, 3, new DateOnly(2030, 4, 10)));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("需要“统筹管理”职能", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await PeriodsAsync());

        var january = await office.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(2030, 1, new DateOnly(2030, 2, 10)));
        Assert.Equal(HttpStatusCode.BadRequest, january.StatusCode);
        Assert.Contains("1-2月合并为首期", await january.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var opened = await office.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(2030, 3, new DateOnly(2030, 4, 10)));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var again = await office.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(2030, 3, new DateOnly(2030, 4, 15)));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(1, await PeriodsAsync());
        var period = await factory.WithDbAsync(db => db.ReportingPeriods.SingleAsync(p => p.Year == 2030));
        Assert.Equal((3, new DateOnly(2030, 4, 10), PeriodState.Open), (period.Month, period.DueOn, period.State));
    }

    [Fact]
    public async Task A_draft_is_not_reported_a_submission_counts_and_cannot_be_edited_after()
    {
        var w = await WorldAsync(2024, 3);

        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.District, w, submit: false, Entry(w.K1, 300m))).StatusCode);
        var draft = (await ReportAsync(w, w.K1))!;
        Assert.Equal((ReportState.Draft, 300m), (draft.State, draft.Completed));

        var figure = await FigureAsync(w, w.K1);
        Assert.False(figure.Reported);
        Assert.Equal(Status.NotReported, figure.Progress.Status);
        Assert.Null(figure.Progress.CompletionPercent);
        var dashboard = (await w.District.GetFromJsonAsync<DashboardData>($"/api/dashboard?year={w.Year}"))!;
        Assert.Equal(w.Month, dashboard.Month);
        Assert.Equal(0, dashboard.City!.Reported);
        Assert.Equal(0m, dashboard.City.YtdWan);
        Assert.Equal(Status.NotReported, dashboard.City.Progress.Status);
        Assert.Contains(w.K1.ProjectId, await ListAsync(w.Office, $"Year={w.Year}&List=key&Month={w.Month}&Status=NotReported"));

        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.District, w, submit: true, Entry(w.K1, 300m))).StatusCode);
        var submitted = (await ReportAsync(w, w.K1))!;
        Assert.Equal(ReportState.Submitted, submitted.State);
        Assert.Equal($"dispatch-xihaian-{w.Year}", submitted.SubmittedBy);
        Assert.NotNull(submitted.SubmittedAt);

        figure = await FigureAsync(w, w.K1);
        Assert.True(figure.Reported);
        Assert.Equal(300m, figure.YtdWan);
        Assert.Equal(25.00m, figure.Progress.CompletionPercent);   // 300 of 1,200 at the end of March
        Assert.Equal(0.00m, figure.Progress.Gap);
        Assert.Equal(Status.Green, figure.Progress.Status);
        dashboard = (await w.District.GetFromJsonAsync<DashboardData>($"/api/dashboard?year={w.Year}"))!;
        Assert.Equal((2, 1, 300m, 2_400m), (dashboard.City!.Projects, dashboard.City.Reported, dashboard.City.YtdWan, dashboard.City.PlanWan));
        // Half the projects reported, so the city is judged: 300 of 2,400 = 12.5 % against 25 %;
        // the other project is counted as not reported beside it.
        Assert.Equal(Status.Yellow, dashboard.City.Progress.Status);

        var edit = await SaveAsync(w.District, w, submit: false, Entry(w.K1, 500m));
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal("该月已报送，如需修改请先由审核人退回", await ErrorAsync(edit, Id(w.K1.KeyId)));
        var resubmit = await SaveAsync(w.District, w, submit: true, Entry(w.K1, 500m));
        Assert.Equal(HttpStatusCode.BadRequest, resubmit.StatusCode);
        var after = (await ReportAsync(w, w.K1))!;
        Assert.Equal((ReportState.Submitted, 300m, submitted.Version), (after.State, after.Completed, after.Version));
    }

    [Fact]
    public async Task Return_needs_a_reason_accept_locks_and_only_a_reopening_allows_a_correction()
    {
        var w = await WorldAsync(2025, 4);
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.District, w, submit: true, Entry(w.K1, 400m))).StatusCode);
        var reportId = (await ReportAsync(w, w.K1))!.Id;

        var noReason = await ActAsync(w.Office, reportId, DispatchAction.Return, "  ");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("退回须填写原因", await ErrorAsync(noReason, "action"));
        Assert.Equal(ReportState.Submitted, (await ReportAsync(w, w.K1))!.State);

        var districtAccepts = await ActAsync(w.District, reportId, DispatchAction.Accept);
        Assert.Equal(HttpStatusCode.BadRequest, districtAccepts.StatusCode);
        Assert.Equal("只有领导小组办公室可以审核通过", await ErrorAsync(districtAccepts, "action"));
        Assert.Equal(ReportState.Submitted, (await ReportAsync(w, w.K1))!.State);

        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(w.Office, reportId, DispatchAction.Return, "本月完成额与统计口径不符，请核实")).StatusCode);
        var returned = (await ReportAsync(w, w.K1))!;
        Assert.Equal((ReportState.Returned, "本月完成额与统计口径不符，请核实"), (returned.State, returned.ReturnReason));
        Assert.Equal(Status.NotReported, (await FigureAsync(w, w.K1)).Progress.Status);
        var seen = (await w.District.GetFromJsonAsync<List<DispatchApi.ReportDto>>($"/api/dispatch/periods/{w.PeriodId}/reports"))!;
        Assert.Equal("本月完成额与统计口径不符，请核实", seen.Single(r => r.Id == reportId).ReturnReason);

        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.District, w, submit: true, Entry(w.K1, 380m))).StatusCode);
        var resubmitted = (await ReportAsync(w, w.K1))!;
        Assert.Equal((ReportState.Submitted, 380m, (string?)null), (resubmitted.State, resubmitted.Completed, resubmitted.ReturnReason));

        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(w.Office, reportId, DispatchAction.Accept)).StatusCode);
        var accepted = (await ReportAsync(w, w.K1))!;
        Assert.Equal(ReportState.Accepted, accepted.State);
        Assert.NotNull(accepted.AcceptedAt);
        Assert.Equal(380m, (await FigureAsync(w, w.K1)).YtdWan);

        var locked = await SaveAsync(w.District, w, submit: false, Entry(w.K1, 390m));
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal("该月已审核通过并锁定，更正须由领导小组办公室重新开启", await ErrorAsync(locked, Id(w.K1.KeyId)));
        var districtReopens = await ActAsync(w.District, reportId, DispatchAction.Reopen, "想改");
        Assert.Equal(HttpStatusCode.BadRequest, districtReopens.StatusCode);
        Assert.Equal("只有领导小组办公室可以重新开启已锁定的月报", await ErrorAsync(districtReopens, "action"));
        var stillLocked = (await ReportAsync(w, w.K1))!;
        Assert.Equal((ReportState.Accepted, 380m, accepted.Version), (stillLocked.State, stillLocked.Completed, stillLocked.Version));

        var lastAudit = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Id));
        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(w.Office, reportId, DispatchAction.Reopen, "统计局反馈需更正")).StatusCode);
        Assert.Equal(ReportState.Returned, (await ReportAsync(w, w.K1))!.State);
        var key = Id(reportId);
        var reopenAudit = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Id > lastAudit && a.EntityType == nameof(MonthlyReport) && a.EntityKey == key).SingleAsync());
        Assert.Equal($"dispatch-office-{w.Year}", reopenAudit.UserName);
        Assert.Contains("统计局反馈需更正", reopenAudit.After, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.District, w, submit: true, Entry(w.K1, 390m))).StatusCode);
        var corrected = (await ReportAsync(w, w.K1))!;
        Assert.Equal((ReportState.Submitted, 390m), (corrected.State, corrected.Completed));
    }

    [Fact]
    public async Task A_batch_with_one_bad_row_writes_nothing()
    {
        var w = await WorldAsync(2027, 6);

        var negative = await SaveAsync(w.District, w, submit: true, Entry(w.K1, 100m), Entry(w.K2, -5m));
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.StartsWith("本月完成投资须在 0 到 1,000 亿元之间", await ErrorAsync(negative, Id(w.K2.KeyId)), StringComparison.Ordinal);
        Assert.Equal(0, await ReportCountAsync(w));

        var draft = await SaveAsync(w.District, w, submit: false, Entry(w.K1, 100m), Entry(w.K2, -5m));
        Assert.Equal(HttpStatusCode.BadRequest, draft.StatusCode);
        Assert.Equal(0, await ReportCountAsync(w));

        var missing = await SaveAsync(w.District, w, submit: true, Entry(w.K1, 100m), Entry(w.K2, null));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("报送须填写本月完成投资（无完成请填0）", await ErrorAsync(missing, Id(w.K2.KeyId)));
        Assert.Equal(0, await ReportCountAsync(w));

        // A row refused because its report is already submitted stops the new row beside it too.
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.District, w, submit: true, Entry(w.K1, 100m))).StatusCode);
        var mixed = await SaveAsync(w.District, w, submit: true, Entry(w.K2, 200m), Entry(w.K1, 150m));
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Null(await ReportAsync(w, w.K2));
        Assert.Equal(100m, (await ReportAsync(w, w.K1))!.Completed);
        Assert.Equal(1, await ReportCountAsync(w));
    }

    [Fact]
    public async Task A_batch_naming_one_key_project_twice_is_refused_not_half_written()
    {
        var w = await WorldAsync(2031, 8);

        var twice = await SaveAsync(w.District, w, submit: true, Entry(w.K1, 100m), Entry(w.K1, 120m));

        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(0, await ReportCountAsync(w));
    }

    [Fact]
    public async Task A_district_cannot_report_for_another_districts_key_project()
    {
        var w = await WorldAsync(2028, 5);

        var foreign = await SaveAsync(w.District, w, submit: true, Entry(w.K1, 100m), Entry(w.K3, 200m));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal("重点项目不存在或不在本单位范围内", await ErrorAsync(foreign, Id(w.K3.KeyId)));
        Assert.Equal(0, await ReportCountAsync(w));

        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.Jimo, w, submit: true, Entry(w.K3, 200m))).StatusCode);
        var jimoReport = (await ReportAsync(w, w.K3))!;
        var review = await ActAsync(w.District, jimoReport.Id, DispatchAction.Return, "越权退回");
        Assert.Equal(HttpStatusCode.BadRequest, review.StatusCode);
        var unchanged = (await ReportAsync(w, w.K3))!;
        Assert.Equal((ReportState.Submitted, (string?)null, jimoReport.Version), (unchanged.State, unchanged.ReturnReason, unchanged.Version));
        var visible = (await w.District.GetFromJsonAsync<List<DispatchApi.ReportDto>>($"/api/dispatch/periods/{w.PeriodId}/reports"))!;
        Assert.DoesNotContain(visible, r => r.KeyProjectId == w.K3.KeyId);
    }

    [Fact]
    public async Task A_key_project_without_a_report_is_not_reported_never_zero()
    {
        var w = await WorldAsync(2029, 7);
        // K1 reports a real zero; K2 and K3 report nothing.
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.District, w, submit: true, Entry(w.K1, 0m))).StatusCode);

        var zero = await FigureAsync(w, w.K1);
        Assert.True(zero.Reported);
        Assert.Equal(0m, zero.Progress.CompletionPercent);
        Assert.Equal(Status.Red, zero.Progress.Status);
        var none = await FigureAsync(w, w.K2);
        Assert.False(none.Reported);
        Assert.Equal(Status.NotReported, none.Progress.Status);
        Assert.Null(none.Progress.CompletionPercent);
        Assert.Null(none.Progress.Gap);

        var list = $"Year={w.Year}&List=key&Month={w.Month}";
        var notReported = await ListAsync(w.Office, list + "&Status=NotReported");
        Assert.Equal([w.K2.ProjectId, w.K3.ProjectId], notReported.Order().ToArray());
        Assert.Equal([w.K1.ProjectId], await ListAsync(w.Office, list + "&Status=Red"));
        Assert.Empty(await ListAsync(w.Office, list + "&Status=Green"));
        Assert.Empty(await ListAsync(w.Office, list + "&Status=Yellow"));

        var dashboard = (await w.Office.GetFromJsonAsync<DashboardData>($"/api/dashboard?year={w.Year}"))!;
        var xihaian = dashboard.Districts.Single(d => d.Key == zero.OwnerUnitId);
        Assert.Equal((2, 1, 1), (xihaian.Projects, xihaian.Reported, xihaian.Unreported));
        var jimo = dashboard.Districts.Single(d => d.Key != zero.OwnerUnitId);
        Assert.Equal(Status.NotReported, jimo.Progress.Status);
        Assert.Null(jimo.Progress.CompletionPercent);
    }

    [Theory]
    [InlineData(2032, 6, "599.98")]   // 49.998 % in June: shown as 50.00 %, gap 0.00, green
    [InlineData(2033, 7, "340")]      // 28.33 % in July: gap −30.00 (exactly 30 behind), yellow
    public async Task The_list_status_filter_puts_a_project_under_the_colour_its_figures_show(int year, int month, string completed)
    {
        var w = await WorldAsync(year, month);
        var amount = decimal.Parse(completed, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.District, w, submit: true, Entry(w.K1, amount))).StatusCode);

        var figure = await FigureAsync(w, w.K1);
        var listed = await ListAsync(w.Office, $"Year={w.Year}&List=key&Month={w.Month}&Status={figure.Progress.Status}");

        Assert.True(listed.Contains(w.K1.ProjectId),
            $"the figures show {figure.Progress.CompletionPercent} % (gap {figure.Progress.Gap}) as {figure.Progress.Status}, "
            + "but /Projects?Status= lists the project under another colour: ProjectQuery.StatusFilter must round as ProgressRule does.");
    }

    [Fact]
    public async Task A_submission_after_the_due_date_is_late()
    {
        try
        {
            factory.Clock.Set(new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero));
            var w = await WorldAsync(2026, 5, new DateOnly(2026, 6, 10));
            Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w.District, w, submit: true, Entry(w.K1, 100m))).StatusCode);
            Assert.False((await ReportAsync(w, w.K1))!.SubmittedLate);

            factory.Clock.Set(new DateTimeOffset(2026, 6, 11, 2, 0, 0, TimeSpan.Zero));
            var district = await Browser.WithTokenAsync(factory, "dispatch-xihaian-2026-late", await factory.CreateUserAsync("dispatch-xihaian-2026-late", "370211", Roles.DistrictStaff));
            Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(district, w, submit: true, Entry(w.K2, 100m))).StatusCode);
            Assert.True((await ReportAsync(w, w.K2))!.SubmittedLate);

            var reports = (await district.GetFromJsonAsync<List<DispatchApi.ReportDto>>($"/api/dispatch/periods/{w.PeriodId}/reports"))!;
            Assert.Equal([false, true], reports.OrderBy(r => r.KeyProjectId).Select(r => r.SubmittedLate).ToArray());
        }
        finally
        {
            factory.Clock.Set(DefaultNow);
        }
    }

    [Theory]
    [InlineData("2023-08-10T23:59:00+08:00", false)]
    [InlineData("2023-08-11T00:30:00+08:00", true)]   // 2023-08-10 16:30 UTC: already the 11th in China
    [InlineData("2023-08-11T07:59:00+08:00", true)]
    [InlineData("2023-08-11T09:00:00+08:00", true)]
    public void The_due_date_is_a_calendar_day_in_China(string submittedAt, bool late)
    {
        var at = DateTimeOffset.Parse(submittedAt, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(late == DispatchRules.IsLate(at, new DateOnly(2023, 8, 10)),
            $"submitted {submittedAt} against a due date of 2023-08-10 should {(late ? "" : "not ")}be late (the due date is a day in China, UTC+8, not in UTC)");
    }
}
