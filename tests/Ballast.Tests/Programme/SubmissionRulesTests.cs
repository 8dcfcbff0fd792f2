using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;

namespace Ballast.Tests.Programme;

/// <summary>The reporting cycle's rules on their own: who may save, submit, review, reopen, ask for
/// and decide an extension, when, and what a value must look like.</summary>
public sealed class SubmissionRulesTests
{
    private static readonly SubmissionActor Office = new(true, false, false);
    private static readonly SubmissionActor Reporter = new(false, true, false);
    private static readonly SubmissionActor Lead = new(false, false, true);
    private static readonly SubmissionActor LeadReporting = new(false, true, true);
    private static readonly SubmissionActor Stranger = new(false, false, false);
    private static readonly DateOnly Due = new(2023, 4, 10);

    [Theory]
    [InlineData(null)]
    [InlineData(SubmissionState.Draft)]
    [InlineData(SubmissionState.Returned)]
    public void The_reporting_unit_edits_a_value_not_yet_submitted_while_the_period_is_open(SubmissionState? state)
    {
        Assert.Null(SubmissionRules.CanEdit(state, PeriodState.Open, Reporter));
        Assert.Null(SubmissionRules.CanEdit(state, PeriodState.Open, Office));
        Assert.Equal("只能填报本单位负责的指标", SubmissionRules.CanEdit(state, PeriodState.Open, Stranger));
        Assert.Equal("只能填报本单位负责的指标", SubmissionRules.CanEdit(state, PeriodState.Open, Lead));
        Assert.StartsWith("该填报期已关闭", SubmissionRules.CanEdit(state, PeriodState.Closed, Reporter), StringComparison.Ordinal);
    }

    [Fact]
    public void Submitted_waits_for_review_and_accepted_is_locked_even_for_the_office()
    {
        Assert.Equal("该指标本期已报送，如需修改请先由审核人退回", SubmissionRules.CanEdit(SubmissionState.Submitted, PeriodState.Open, Reporter));
        Assert.Equal("该指标本期填报已审核通过并锁定，更正须由领导小组办公室重新开启", SubmissionRules.CanEdit(SubmissionState.Accepted, PeriodState.Open, Reporter));
        Assert.Equal("该指标本期填报已审核通过并锁定，更正须由领导小组办公室重新开启", SubmissionRules.CanEdit(SubmissionState.Accepted, PeriodState.Open, Office));
    }

    [Theory]
    [InlineData(IndicatorKind.Count, "-1", false, "累计值不能为负数")]
    [InlineData(IndicatorKind.Amount, "-0.01", false, "累计值不能为负数")]
    [InlineData(IndicatorKind.Rate, "-2.5", true, null)]
    [InlineData(IndicatorKind.Direction, "-0.3", true, null)]
    [InlineData(IndicatorKind.Count, "0", true, null)]
    [InlineData(IndicatorKind.Count, null, false, null)]
    [InlineData(IndicatorKind.Count, null, true, "报送须填写本年累计值（无进展请填0）")]
    [InlineData(IndicatorKind.Amount, "1000000000000", true, "数值超出合理范围，请检查单位")]
    public void Values_are_year_to_date_and_non_negative_except_rates_and_directions(IndicatorKind kind, string? value, bool submit, string? refusal)
    {
        var v = value is null ? (decimal?)null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(refusal, SubmissionRules.CheckEntry(kind, v, null, null, submit));
    }

    [Fact]
    public void Milestones_submit_done_and_narratives_are_bounded()
    {
        Assert.Equal("里程碑类指标报送须选择是否已完成", SubmissionRules.CheckEntry(IndicatorKind.Milestone, 5m, null, null, submit: true));
        Assert.Null(SubmissionRules.CheckEntry(IndicatorKind.Milestone, null, false, null, submit: true));
        Assert.Null(SubmissionRules.CheckEntry(IndicatorKind.Milestone, null, null, "推进中", submit: false));
        Assert.Equal("情况说明不超过2000字", SubmissionRules.CheckEntry(IndicatorKind.Count, 1m, null, new string('字', 2001), submit: false));
    }

    [Fact]
    public void The_lead_unit_reviews_its_supporting_units_and_the_office_reviews_everyone()
    {
        Assert.Null(SubmissionRules.CanReview(true, SubmissionState.Submitted, Lead, null));
        Assert.Null(SubmissionRules.CanReview(true, SubmissionState.Submitted, Office, null));
        Assert.Null(SubmissionRules.CanReview(false, SubmissionState.Submitted, Lead, "口径不符"));
        Assert.Equal("只有牵头单位或领导小组办公室可以审核", SubmissionRules.CanReview(true, SubmissionState.Submitted, Reporter, null));
        Assert.Equal("牵头单位本单位的填报由领导小组办公室审核", SubmissionRules.CanReview(true, SubmissionState.Submitted, LeadReporting, null));
    }

    [Fact]
    public void A_return_needs_a_reason_and_only_submitted_values_are_reviewed()
    {
        Assert.Equal("退回须填写原因", SubmissionRules.CanReview(false, SubmissionState.Submitted, Office, "  "));
        Assert.Equal("原因不超过500字", SubmissionRules.CanReview(false, SubmissionState.Submitted, Office, new string('因', 501)));
        Assert.Equal("只能审核通过已报送的填报", SubmissionRules.CanReview(true, SubmissionState.Draft, Office, null));
        Assert.Equal("只能退回已报送的填报", SubmissionRules.CanReview(false, SubmissionState.Returned, Office, "再退"));
        Assert.StartsWith("该指标本期填报已审核通过并锁定", SubmissionRules.CanReview(false, SubmissionState.Accepted, Office, "再退"), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_office_reopens_and_only_what_is_accepted()
    {
        Assert.Null(SubmissionRules.CanReopen(SubmissionState.Accepted, Office, null));
        Assert.Equal("只有领导小组办公室可以重新开启已锁定的填报", SubmissionRules.CanReopen(SubmissionState.Accepted, Lead, null));
        Assert.Equal("只能重新开启已审核通过的填报", SubmissionRules.CanReopen(SubmissionState.Submitted, Office, null));
    }

    [Theory]
    [InlineData("2023-04-09", null)]
    [InlineData("2023-04-10", null)]                       // the due day itself still counts
    [InlineData("2023-04-11", "已过截止日期，不能再申请延期")]
    public void An_extension_is_asked_for_before_the_due_date_has_passed(string today, string? refusal) =>
        Assert.Equal(refusal, SubmissionRules.CanRequestExtension(null, PeriodState.Open, Due, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture),
            false, Due.AddDays(7), "数据源延迟", Reporter));

    [Fact]
    public void An_extension_is_for_a_later_date_with_a_reason_one_at_a_time_and_decided_by_the_office()
    {
        var today = new DateOnly(2023, 4, 5);
        Assert.Equal("延期后的截止日期须晚于当前截止日期", SubmissionRules.CanRequestExtension(null, PeriodState.Open, Due, today, false, Due, "原因", Reporter));
        Assert.Equal("申请延期须填写原因", SubmissionRules.CanRequestExtension(null, PeriodState.Open, Due, today, false, Due.AddDays(3), " ", Reporter));
        Assert.Equal("已有待审批的延期申请", SubmissionRules.CanRequestExtension(null, PeriodState.Open, Due, today, true, Due.AddDays(3), "原因", Reporter));
        Assert.Equal("该指标本期已报送，无需申请延期", SubmissionRules.CanRequestExtension(SubmissionState.Submitted, PeriodState.Open, Due, today, false, Due.AddDays(3), "原因", Reporter));
        Assert.Equal("只能为本单位负责的指标申请延期", SubmissionRules.CanRequestExtension(null, PeriodState.Open, Due, today, false, Due.AddDays(3), "原因", Lead));
        Assert.Null(SubmissionRules.CanDecideExtension(true, Office));
        Assert.Equal("只有领导小组办公室可以审批延期申请", SubmissionRules.CanDecideExtension(true, Lead));
        Assert.Equal("没有待审批的延期申请", SubmissionRules.CanDecideExtension(false, Office));
    }

    [Theory]
    [InlineData("2023-04-10T23:59:00+08:00", false)]
    [InlineData("2023-04-11T00:30:00+08:00", true)]   // still the 10th in UTC, already the 11th in China
    public void Late_means_after_the_due_day_in_China(string at, bool late) =>
        Assert.Equal(late, SubmissionRules.IsLate(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), Due));

    [Fact]
    public void A_granted_extension_moves_the_due_date_only_later()
    {
        Assert.Equal(new DateOnly(2023, 4, 20), SubmissionRules.DueOn(Due, new DateOnly(2023, 4, 20)));
        Assert.Equal(Due, SubmissionRules.DueOn(Due, new DateOnly(2023, 4, 1)));
        Assert.Equal(Due, SubmissionRules.DueOn(Due, null));
    }
}
