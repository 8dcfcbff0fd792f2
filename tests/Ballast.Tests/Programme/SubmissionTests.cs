using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ballast.Tests.Programme.SubmissionWorld;
using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Programme;

/// <summary>The indicator reporting cycle on a real database, through the service the pages and
/// the API share: submit, return, resubmit, accept, lock; extensions before the due date only;
/// late flags; computed indicators are not reported; scope; evidence; not reported is not zero.
/// Each test uses a month of the seeded 2023 plan of its own.</summary>
public sealed class SubmissionTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static readonly DateTimeOffset DefaultNow = new(2023, 7, 10, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly LateJuly = new(2023, 7, 31);

    private const string Dept = Roles.DepartmentStaff;
    private const string Office = Roles.ProgrammeOffice;
    private const string District = Roles.DistrictStaff;

    private Task<List<(int IndicatorId, string Error)>> SubmitAsync(string unit, int periodId, params SubmissionEntry[] entries) =>
        AsAsync(factory, unit, unit == Drc ? Office : Dept, s => s.SubmitAsync(periodId, entries));

    private Task<List<(int IndicatorId, string Error)>> SaveAsync(string unit, int periodId, params SubmissionEntry[] entries) =>
        AsAsync(factory, unit, unit == Drc ? Office : Dept, s => s.SaveAsync(periodId, entries));

    private Task<string?> AsOfficeAsync(Func<SubmissionService, Task<string?>> work) => AsAsync(factory, Drc, Office, work);

    [Fact]
    public async Task Submit_return_resubmit_accept_then_locked_until_the_office_reopens()
    {
        var period = await OpenAsync(factory, 3, LateJuly);
        var tech = await IndicatorAsync(factory, "tech-renovation");

        Assert.Empty(await SubmitAsync(Miit, period, new SubmissionEntry(tech, 120m, null, "技改项目120个，已核对台账")));
        var submitted = (await SubmissionAsync(factory, period, tech, Miit))!;
        Assert.Equal((SubmissionState.Submitted, 120m, false), (submitted.State, submitted.Value, submitted.SubmittedLate));
        Assert.Equal($"{Dept}@{Miit}", submitted.SubmittedBy);
        Assert.Equal(await UnitAsync(factory, Miit), submitted.AssignedUnitId);

        Assert.Equal("退回须填写原因", await AsOfficeAsync(s => s.ReturnAsync(submitted.Id, " ")));
        Assert.Equal(SubmissionState.Submitted, (await SubmissionAsync(factory, period, tech, Miit))!.State);
        Assert.Null(await AsOfficeAsync(s => s.ReturnAsync(submitted.Id, "与统计口径不符，请核实")));
        var returned = (await SubmissionAsync(factory, period, tech, Miit))!;
        Assert.Equal((SubmissionState.Returned, "与统计口径不符，请核实"), (returned.State, returned.ReturnReason));
        var mine = (await AsAsync(factory, Miit, Dept, s => s.MyUpdatesAsync(period)))!;
        var row = mine.Rows.Single(r => r.Indicator.Id == tech);
        Assert.Equal("与统计口径不符，请核实", row.Submission!.ReturnReason);
        Assert.Null(row.EditRefusal);

        Assert.Empty(await SubmitAsync(Miit, period, new SubmissionEntry(tech, 118m, null, "已按统计口径更正")));
        var resubmitted = (await SubmissionAsync(factory, period, tech, Miit))!;
        Assert.Equal((SubmissionState.Submitted, 118m, (string?)null), (resubmitted.State, resubmitted.Value, resubmitted.ReturnReason));

        Assert.Null(await AsOfficeAsync(s => s.AcceptAsync(resubmitted.Id)));
        var accepted = (await SubmissionAsync(factory, period, tech, Miit))!;
        Assert.Equal(SubmissionState.Accepted, accepted.State);

        var lastAudit = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Id));
        var locked = await SaveAsync(Miit, period, new SubmissionEntry(tech, 200m, null, "想改"));
        Assert.Equal([(tech, "该指标本期填报已审核通过并锁定，更正须由领导小组办公室重新开启")], locked);
        Assert.Equal(locked, await SubmitAsync(Miit, period, new SubmissionEntry(tech, 200m, null, "想改")));
        Assert.Equal("只有领导小组办公室可以重新开启已锁定的填报", await AsAsync(factory, Miit, Dept, s => s.ReopenAsync(accepted.Id, "想改")));
        var still = (await SubmissionAsync(factory, period, tech, Miit))!;
        Assert.Equal((SubmissionState.Accepted, 118m, accepted.Version), (still.State, still.Value, still.Version));
        Assert.Equal(lastAudit, await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Id)));
        Assert.NotNull((await AsAsync(factory, Miit, Dept, s => s.MyUpdatesAsync(period)))!.Rows.Single(r => r.Indicator.Id == tech).EditRefusal);

        Assert.Null(await AsOfficeAsync(s => s.ReopenAsync(accepted.Id, "统计局反馈需更正")));
        var reopened = (await SubmissionAsync(factory, period, tech, Miit))!;
        Assert.Equal((SubmissionState.Returned, "统计局反馈需更正"), (reopened.State, reopened.ReturnReason));
        Assert.Empty(await SubmitAsync(Miit, period, new SubmissionEntry(tech, 121m, null, null)));
        Assert.Equal(121m, (await SubmissionAsync(factory, period, tech, Miit))!.Value);
    }

    [Fact]
    public async Task An_extension_is_asked_for_before_the_due_date_only_and_the_office_decides()
    {
        try
        {
            var period = await OpenAsync(factory, 4, new DateOnly(2023, 5, 10));
            var tech = await IndicatorAsync(factory, "tech-renovation");
            var opinion = await IndicatorAsync(factory, "future-opinion");

            factory.Clock.Set(City(5, 8));
            Assert.Equal("延期后的截止日期须晚于当前截止日期",
                await AsAsync(factory, Miit, Dept, s => s.RequestExtensionAsync(period, tech, new DateOnly(2023, 5, 10), "数据未出")));
            Assert.Null(await AsAsync(factory, Miit, Dept, s => s.RequestExtensionAsync(period, tech, new DateOnly(2023, 5, 20), "统计数据5月15日发布")));
            var asked = (await SubmissionAsync(factory, period, tech, Miit))!;
            Assert.Equal((SubmissionState.Draft, new DateOnly(2023, 5, 20), "统计数据5月15日发布", (DateOnly?)null),
                (asked.State, asked.ExtensionRequestedTo, asked.ExtensionReason, asked.ExtendedTo));
            Assert.Equal("已有待审批的延期申请",
                await AsAsync(factory, Miit, Dept, s => s.RequestExtensionAsync(period, tech, new DateOnly(2023, 5, 25), "再延")));
            Assert.Equal("只有领导小组办公室可以审批延期申请", await AsAsync(factory, Miit, Dept, s => s.DecideExtensionAsync(asked.Id, grant: true)));
            var pending = await AsAsync(factory, Drc, Office, async s => (await s.ListAsync(period, SubmissionService.ExtensionFilter)).Select(r => r.Submission!.Id).ToList());
            Assert.Equal([asked.Id], pending);
            Assert.Null(await AsOfficeAsync(s => s.DecideExtensionAsync(asked.Id, grant: true)));
            var granted = (await SubmissionAsync(factory, period, tech, Miit))!;
            Assert.Equal((new DateOnly(2023, 5, 20), (DateOnly?)null), (granted.ExtendedTo, granted.ExtensionRequestedTo));

            // After the period's due date: the other indicator can no longer ask, and nothing is written.
            factory.Clock.Set(City(5, 11, 0, 30));
            var count = await SubmissionCountAsync(factory, period);
            Assert.Equal("已过截止日期，不能再申请延期",
                await AsAsync(factory, Miit, Dept, s => s.RequestExtensionAsync(period, opinion, new DateOnly(2023, 5, 20), "来不及")));
            Assert.Equal(count, await SubmissionCountAsync(factory, period));
            Assert.Null(await SubmissionAsync(factory, period, opinion, Miit));
            var rows = (await AsAsync(factory, Miit, Dept, s => s.MyUpdatesAsync(period)))!.Rows;
            Assert.False(rows.Single(r => r.Indicator.Id == opinion).CanRequestExtension);
            Assert.Equal(new DateOnly(2023, 5, 20), rows.Single(r => r.Indicator.Id == tech).DueOn);

            // Inside the granted extension the submission is on time; the other one is late.
            Assert.Empty(await SubmitAsync(Miit, period, new SubmissionEntry(tech, 200m, null, null), new SubmissionEntry(opinion, null, true, "已印发")));
            Assert.False((await SubmissionAsync(factory, period, tech, Miit))!.SubmittedLate);
            Assert.True((await SubmissionAsync(factory, period, opinion, Miit))!.SubmittedLate);
        }
        finally
        {
            factory.Clock.Set(DefaultNow);
        }
    }

    [Fact]
    public async Task A_refused_extension_leaves_the_due_date_and_the_request_on_record()
    {
        var period = await OpenAsync(factory, 12, LateJuly);
        var zone = await IndicatorAsync(factory, "future-zone");
        Assert.Null(await AsAsync(factory, Science, Dept, s => s.RequestExtensionAsync(period, zone, new DateOnly(2023, 8, 15), "需省厅批复")));
        var asked = (await SubmissionAsync(factory, period, zone, Science))!;
        Assert.Null(await AsOfficeAsync(s => s.DecideExtensionAsync(asked.Id, grant: false)));
        var refused = (await SubmissionAsync(factory, period, zone, Science))!;
        Assert.Equal(((DateOnly?)null, (DateOnly?)null, "需省厅批复"), (refused.ExtensionRequestedTo, refused.ExtendedTo, refused.ExtensionReason));
        Assert.Equal("没有待审批的延期申请", await AsOfficeAsync(s => s.DecideExtensionAsync(asked.Id, grant: true)));
    }

    [Fact]
    public async Task A_submission_after_the_due_day_in_China_is_late_and_counted_on_the_period_row()
    {
        try
        {
            var period = await OpenAsync(factory, 5, new DateOnly(2023, 6, 10));
            var tech = await IndicatorAsync(factory, "tech-renovation");
            var growth = await IndicatorAsync(factory, "manufacturing-share");

            factory.Clock.Set(City(6, 10, 23, 0));
            Assert.Empty(await SubmitAsync(Miit, period, new SubmissionEntry(tech, 210m, null, null)));
            Assert.False((await SubmissionAsync(factory, period, tech, Miit))!.SubmittedLate);

            factory.Clock.Set(City(6, 11, 0, 30));   // 2023-06-10 16:30 UTC
            Assert.Empty(await SubmitAsync(Miit, period, new SubmissionEntry(growth, 9.5m, null, null)));
            Assert.True((await SubmissionAsync(factory, period, growth, Miit))!.SubmittedLate);

            var row = await AsAsync(factory, Drc, Office, async s => (await s.PeriodsAsync(2023)).Single(p => p.Period.Id == period));
            Assert.Equal((2, 1), (row.Reported, row.Late));
            Assert.Equal(row.Expected - 2, row.NotReported);
            Assert.True(row.NotReported > 0);
            var late = await AsAsync(factory, Drc, Office, s => s.ListAsync(period, SubmissionService.LateFilter));
            Assert.Equal([growth], late.Select(r => r.Indicator.Id));
            var missing = await AsAsync(factory, Drc, Office, s => s.ListAsync(period, SubmissionService.NotReportedFilter));
            Assert.Equal(row.NotReported, missing.Count);
            Assert.DoesNotContain(missing, r => r.Indicator.Id == tech);

            // A closed period takes nothing more, on time or late.
            await factory.WithDbAsync(async db => await db.ReportingPeriods.Where(p => p.Id == period).ExecuteUpdateAsync(x => x.SetProperty(p => p.State, PeriodState.Closed)));
            var closed = await SubmitAsync(Statistics, period, new SubmissionEntry(growth, 9.1m, null, null));
            Assert.StartsWith("该填报期已关闭", Assert.Single(closed).Error, StringComparison.Ordinal);
            Assert.Null(await SubmissionAsync(factory, period, growth, Statistics));
        }
        finally
        {
            factory.Clock.Set(DefaultNow);
        }
    }

    [Fact]
    public async Task A_computed_indicator_is_not_in_my_updates_and_cannot_be_reported()
    {
        var period = await OpenAsync(factory, 6, LateJuly);
        var pilots = await IndicatorAsync(factory, "integration-pilots");   // computed, lead DRC, supported by MIIT
        var action = await IndicatorAsync(factory, "services-action");  // reported, lead DRC

        var drc = (await AsAsync(factory, Drc, Office, s => s.MyUpdatesAsync(period)))!.Rows.Select(r => r.Indicator.Code).ToList();
        Assert.Contains("services-action", drc);
        // Counted from the service areas' designations since the registry computes them.
        Assert.DoesNotContain("innovation-centres", drc);
        Assert.DoesNotContain("service-clusters", drc);
        Assert.DoesNotContain("integration-pilots", drc);
        Assert.DoesNotContain("leading-firms", drc);
        Assert.DoesNotContain("key-investment", drc);
        var miit = (await AsAsync(factory, Miit, Dept, s => s.MyUpdatesAsync(period)))!.Rows;
        Assert.DoesNotContain(miit, r => r.Indicator.ComputedRule is not null);
        Assert.DoesNotContain(miit, r => r.Indicator.Id == pilots);
        var commerce = (await AsAsync(factory, Commerce, Dept, s => s.MyUpdatesAsync(period)))!.Rows;
        Assert.Contains(commerce, r => r.Indicator.Code == "referral-policy" && r.IsLead);
        Assert.DoesNotContain(commerce, r => r.Indicator.Code == "service-clusters");
        Assert.DoesNotContain(commerce, r => r.Indicator.Code == "chain-signed");

        var refused = await SubmitAsync(Drc, period, new SubmissionEntry(action, null, true, "按计划推进"), new SubmissionEntry(pilots, 30m, null, null));
        Assert.Equal([(pilots, "该指标由系统根据台账自动计算，无需填报")], refused);
        Assert.Equal(0, await SubmissionCountAsync(factory, period));
        Assert.DoesNotContain(await AsAsync(factory, Drc, Office, s => s.ListAsync(period)), r => r.Indicator.Id == pilots);
    }

    [Fact]
    public async Task A_department_cannot_submit_for_an_indicator_it_is_not_responsible_for()
    {
        var period = await OpenAsync(factory, 7, LateJuly);
        var tech = await IndicatorAsync(factory, "tech-renovation");          // MIIT alone
        var opinion = await IndicatorAsync(factory, "future-opinion");        // MIIT, supported by science

        var refused = await SubmitAsync(Science, period, new SubmissionEntry(opinion, null, true, "配合完成"), new SubmissionEntry(tech, 300m, null, null));
        Assert.Equal([(tech, "本单位不是该指标的牵头或配合单位，不能填报")], refused);
        Assert.Equal(0, await SubmissionCountAsync(factory, period));

        var miitUnit = await UnitAsync(factory, Miit);
        var forMiit = await SubmitAsync(Science, period, new SubmissionEntry(opinion, null, true, null, UnitId: miitUnit));
        Assert.Equal([(opinion, "本单位不是该指标的牵头或配合单位，不能填报")], forMiit);
        Assert.Empty(await AsAsync(factory, "dept-hr", Dept, async s => (await s.MyUpdatesAsync(period))!.Rows));

        Assert.Empty(await SubmitAsync(Science, period, new SubmissionEntry(opinion, null, true, "配合完成")));
        var own = (await SubmissionAsync(factory, period, opinion, Science))!;
        Assert.Equal((true, (decimal?)null, miitUnit), (own.Done!.Value, own.Value, own.AssignedUnitId!.Value));
    }

    [Fact]
    public async Task The_lead_unit_reviews_its_supporting_units_but_not_itself()
    {
        var period = await OpenAsync(factory, 9, LateJuly);
        var growth = await IndicatorAsync(factory, "manufacturing-share");   // Direction: MIIT, supported by statistics

        Assert.Empty(await SubmitAsync(Statistics, period, new SubmissionEntry(growth, -1.5m, null, "规上工业口径")));
        Assert.Empty(await SubmitAsync(Miit, period, new SubmissionEntry(growth, 8.2m, null, null)));
        var theirs = (await SubmissionAsync(factory, period, growth, Statistics))!;
        var own = (await SubmissionAsync(factory, period, growth, Miit))!;
        Assert.Equal(-1.5m, theirs.Value);

        var review = await AsAsync(factory, Miit, Dept, s => s.ListAsync(period));
        Assert.Contains(review, r => r.Submission?.Id == theirs.Id);
        Assert.Equal("只有牵头单位或领导小组办公室可以审核", await AsAsync(factory, Science, Dept, s => s.AcceptAsync(theirs.Id)));
        Assert.Equal("牵头单位本单位的填报由领导小组办公室审核", await AsAsync(factory, Miit, Dept, s => s.AcceptAsync(own.Id)));
        Assert.Null(await AsAsync(factory, Miit, Dept, s => s.ReturnAsync(theirs.Id, "请与工信局口径一致")));
        Assert.Equal(SubmissionState.Returned, (await SubmissionAsync(factory, period, growth, Statistics))!.State);
        Assert.Empty(await SubmitAsync(Statistics, period, new SubmissionEntry(growth, 8.2m, null, null)));
        Assert.Null(await AsAsync(factory, Miit, Dept, s => s.AcceptAsync(theirs.Id)));
        Assert.Null(await AsOfficeAsync(s => s.AcceptAsync(own.Id)));
        Assert.Equal((SubmissionState.Accepted, SubmissionState.Accepted),
            ((await SubmissionAsync(factory, period, growth, Statistics))!.State, (await SubmissionAsync(factory, period, growth, Miit))!.State));
    }

    [Fact]
    public async Task A_district_cannot_see_or_touch_another_units_submissions()
    {
        var period = await OpenAsync(factory, 8, LateJuly);
        var indicator = await DistrictIndicatorAsync();

        Assert.Empty(await AsAsync(factory, Xihaian, District, s => s.SubmitAsync(period, [new SubmissionEntry(indicator, 3m, null, "西海岸")])));
        Assert.Empty(await AsAsync(factory, Jimo, District, s => s.SubmitAsync(period, [new SubmissionEntry(indicator, 4m, null, "即墨")])));
        var jimo = (await SubmissionAsync(factory, period, indicator, Jimo))!;
        var xihaianUnit = await UnitAsync(factory, Xihaian);

        var seen = await AsAsync(factory, Xihaian, District, async (s, db) => new
        {
            Rows = (await s.MyUpdatesAsync(period))!.Rows,
            Review = await s.ListAsync(period),
            Visible = await db.IndicatorSubmissions.Where(x => x.PeriodId == period).Select(x => x.OwnerUnitId).ToListAsync(),
        });
        Assert.Equal([xihaianUnit], seen.Rows.Select(r => r.UnitId));
        Assert.Empty(seen.Review);
        Assert.Equal([xihaianUnit], seen.Visible);

        Assert.Equal("填报不存在或不在本单位范围内", await AsAsync(factory, Xihaian, District, s => s.ReturnAsync(jimo.Id, "越权退回")));
        Assert.Equal("填报不存在或不在本单位范围内", await AsAsync(factory, Xihaian, District, s => s.AcceptAsync(jimo.Id)));
        var jimoUnit = await UnitAsync(factory, Jimo);
        Assert.Equal([(indicator, "本单位不是该指标的牵头或配合单位，不能填报")],
            await AsAsync(factory, Xihaian, District, s => s.SaveAsync(period, [new SubmissionEntry(indicator, 9m, null, null, UnitId: jimoUnit)])));
        var unchanged = (await SubmissionAsync(factory, period, indicator, Jimo))!;
        Assert.Equal((SubmissionState.Submitted, 4m, jimo.Version), (unchanged.State, unchanged.Value, unchanged.Version));
    }

    [Fact]
    public async Task Evidence_is_refused_for_a_bad_type_accepted_for_a_pdf_and_served_only_within_scope()
    {
        var period = await OpenAsync(factory, 11, LateJuly);
        var tech = await IndicatorAsync(factory, "tech-renovation");
        Task<(EvidenceInfo? Evidence, string? Error)> UploadAsync(string unit, string role, string name, string type, byte[] bytes)
        {
            var inspection = UploadInspector.Check(name, type, bytes, UploadPurpose.Evidence, new UploadLimits());
            return inspection.Passed ? AsAsync(factory, unit, role, s => s.UploadEvidenceAsync(period, tech, inspection.Upload))
                : Task.FromResult<(EvidenceInfo?, string?)>((null, inspection.Refusal.ToString()));
        }
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

        Assert.Equal("文件「工具.exe」的类型不在允许范围内，只接受：PDF、OFD、Word（.docx）、Excel（.xlsx）、PowerPoint（.pptx）、JPG、PNG",
            (await UploadAsync(Miit, Dept, "工具.exe", "application/octet-stream", [0x4D, 0x5A, 0x90])).Error);
        Assert.Equal("文件「台账.pdf」声明的类型（text/html）与扩展名不符", (await UploadAsync(Miit, Dept, "台账.pdf", "text/html", pdf)).Error);
        Assert.Equal("文件「伪装.pdf」的内容不是PDF 文档（实际是可执行程序）", (await UploadAsync(Miit, Dept, "伪装.pdf", "application/pdf", [0x4D, 0x5A, 0x90, 0x00])).Error);
        var big = new byte[UploadLimits.EvidenceBytes + 1];
        "%PDF-"u8.CopyTo(big);
        Assert.Equal("文件「大.pdf」超过 10 MB 上限", (await UploadAsync(Miit, Dept, "大.pdf", "application/pdf", big)).Error);
        Assert.Equal("本单位不是该指标的牵头或配合单位，不能填报", (await UploadAsync(Science, Dept, "越权.pdf", "application/pdf", pdf)).Error);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Evidence.CountAsync()));

        var (info, error) = await UploadAsync(Miit, Dept, "技改台账.pdf", "application/pdf", pdf);
        Assert.Null(error);
        Assert.Equal(("技改台账.pdf", "application/pdf", (long)pdf.Length), (info!.FileName, info.ContentType, info.Size));
        var draft = (await SubmissionAsync(factory, period, tech, Miit))!;
        Assert.Equal((SubmissionState.Draft, (decimal?)null), (draft.State, draft.Value));
        Assert.Equal([info.Id], (await AsAsync(factory, Miit, Dept, s => s.MyUpdatesAsync(period)))!.Rows.Single(r => r.Indicator.Id == tech).Evidence.Select(x => x.Id));

        Assert.Equal(pdf, (await AsAsync(factory, Miit, Dept, s => s.DownloadEvidenceAsync(info.Id)))!.Content);
        Assert.NotNull(await AsAsync(factory, Drc, Office, s => s.DownloadEvidenceAsync(info.Id)));
        Assert.Null(await AsAsync(factory, Xihaian, District, s => s.DownloadEvidenceAsync(info.Id)));
        Assert.Equal("填报不存在或不在本单位范围内", await AsAsync(factory, Jimo, District, s => s.DeleteEvidenceAsync(info.Id)));

        // Once submitted and accepted, the evidence is locked with the value.
        Assert.Empty(await SubmitAsync(Miit, period, new SubmissionEntry(tech, 100m, null, null)));
        Assert.Null(await AsOfficeAsync(s => s.AcceptAsync(draft.Id)));
        Assert.StartsWith("该指标本期填报已审核通过并锁定", (await UploadAsync(Miit, Dept, "补充.pdf", "application/pdf", pdf)).Error, StringComparison.Ordinal);
        Assert.StartsWith("该指标本期填报已审核通过并锁定", await AsAsync(factory, Miit, Dept, s => s.DeleteEvidenceAsync(info.Id)), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Evidence.CountAsync(x => x.SubmissionId == draft.Id)));
    }

    [Fact]
    public async Task Not_reported_is_not_zero()
    {
        var period = await OpenAsync(factory, 10, new DateOnly(2023, 11, 10));
        var tech = await IndicatorAsync(factory, "tech-renovation");
        var indicator = await factory.WithDbAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.Id == tech));

        Assert.Equal(Status.NotReported, IndicatorStatus.Evaluate(indicator, null, null, 10, 2023, new StatusThresholds()).Status);
        Assert.NotEqual(Status.NotReported, IndicatorStatus.Evaluate(indicator, 0m, null, 10, 2023, new StatusThresholds()).Status);

        async Task<Progress> PlanStatusAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var plan = (await scope.ServiceProvider.GetRequiredService<IndicatorValues>().ForPlanAsync(2023, 10))!;
            Assert.Equal(10, plan.Month);
            return plan.Indicators.Single(x => x.Indicator.Id == tech).Progress;
        }

        var none = await PlanStatusAsync();
        Assert.Equal(Status.NotReported, none.Status);
        Assert.Null(none.CompletionPercent);

        // A draft is not reported either.
        Assert.Empty(await SaveAsync(Miit, period, new SubmissionEntry(tech, 0m, null, null)));
        Assert.Equal(Status.NotReported, (await PlanStatusAsync()).Status);

        Assert.Empty(await SubmitAsync(Miit, period, new SubmissionEntry(tech, 0m, null, "本期无新增")));
        var zero = await PlanStatusAsync();
        Assert.Equal(Status.Red, zero.Status);
        Assert.NotNull(zero.CompletionPercent);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_a_batch_is_all_or_nothing()
    {
        var period = await OpenAsync(factory, 2, LateJuly);
        var tech = await IndicatorAsync(factory, "tech-renovation");
        var share = await IndicatorAsync(factory, "manufacturing-share");   // direction-only: may fall

        Assert.Empty(await SaveAsync(Miit, period, new SubmissionEntry(tech, 10m, null, null)));
        var first = (await SubmissionAsync(factory, period, tech, Miit))!;
        Assert.Empty(await SaveAsync(Miit, period, new SubmissionEntry(tech, 11m, null, null, Version: first.Version)));
        Assert.Equal([(tech, "该填报已被他人修改，请刷新后重试")], await SaveAsync(Miit, period, new SubmissionEntry(tech, 12m, null, null, Version: first.Version)));
        Assert.Equal(11m, (await SubmissionAsync(factory, period, tech, Miit))!.Value);

        var mixed = await SubmitAsync(Miit, period, new SubmissionEntry(share, -0.4m, null, "占比略降"), new SubmissionEntry(tech, -3m, null, null));
        Assert.Equal([(tech, "累计值不能为负数")], mixed);
        Assert.Null(await SubmissionAsync(factory, period, share, Miit));
        Assert.Equal([(tech, "同一指标在一次报送中只能填写一行")],
            await SubmitAsync(Miit, period, new SubmissionEntry(tech, 12m, null, null), new SubmissionEntry(tech, 13m, null, null)));
        Assert.Equal(SubmissionState.Draft, (await SubmissionAsync(factory, period, tech, Miit))!.State);
    }

    /// <summary>An indicator of the 2023 plan that two districts support, made for this test.</summary>
    private Task<int> DistrictIndicatorAsync() => factory.WithDbAsync(async db =>
    {
        var battle = await db.Battles.FirstAsync(b => b.Code == "manufacturing" && db.Plans.Any(p => p.Year == 2023 && p.Id == b.PlanId));
        var units = await db.Units.Where(u => u.Code == Miit || u.Code == Xihaian || u.Code == Jimo).ToDictionaryAsync(u => u.Code, u => u.Id);
        var indicator = new Indicator
        {
            BattleId = battle.Id, Code = "test-district-firms", Name = "测试：区市新增规上工业企业数", Kind = IndicatorKind.Count, Unit = "家", Target = 100m,
            LeadUnitId = units[Miit], SortOrder = 99,
            Supporting = [new IndicatorSupport { UnitId = units[Xihaian] }, new IndicatorSupport { UnitId = units[Jimo] }],
        };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator.Id;
    });
}
