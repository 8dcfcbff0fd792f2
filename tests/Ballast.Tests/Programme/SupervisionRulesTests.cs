using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Programme;

namespace Ballast.Tests.Programme;

public sealed class SupervisionRulesTests
{
    private static readonly DateOnly Today = new(2023, 7, 10);

    private static SupervisionItem Item(SupervisionState state, string due = "2023-07-20", string? detail = null, DateOnly? chased = null) => new()
    {
        Title = "督办", Source = SupervisionNames.Meeting, IssuedBy = "office", State = state, DueOn = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
        Detail = detail, LastChasedOn = chased,
    };

    [Theory]
    [InlineData(SupervisionState.Assigned, SupervisionMove.Acknowledge, SupervisionState.Acknowledged)]
    [InlineData(SupervisionState.Acknowledged, SupervisionMove.Report, SupervisionState.Reported)]
    [InlineData(SupervisionState.Reported, SupervisionMove.Return, SupervisionState.Acknowledged)]
    [InlineData(SupervisionState.Reported, SupervisionMove.Close, SupervisionState.Closed)]
    [InlineData(SupervisionState.Assigned, SupervisionMove.RequestExtension, SupervisionState.Assigned)]
    [InlineData(SupervisionState.Acknowledged, SupervisionMove.RequestExtension, SupervisionState.Acknowledged)]
    public void Allowed_moves_lead_to_their_state(SupervisionState from, SupervisionMove move, SupervisionState to)
    {
        Assert.Null(SupervisionRules.Refusal(Item(from), move, Today));
        Assert.Equal(to, SupervisionRules.Target(from, move));
    }

    [Theory]
    [InlineData(SupervisionState.Closed, SupervisionMove.Acknowledge, "督办事项已办结")]
    [InlineData(SupervisionState.Closed, SupervisionMove.Close, "督办事项已办结")]
    [InlineData(SupervisionState.Closed, SupervisionMove.Chase, "督办事项已办结")]
    [InlineData(SupervisionState.Acknowledged, SupervisionMove.Acknowledge, "督办事项已签收")]
    [InlineData(SupervisionState.Assigned, SupervisionMove.Report, "请先签收督办事项")]
    [InlineData(SupervisionState.Reported, SupervisionMove.Report, "办理情况已报送，待领导小组办公室审核")]
    [InlineData(SupervisionState.Reported, SupervisionMove.RequestExtension, "办理情况已报送，待领导小组办公室审核")]
    [InlineData(SupervisionState.Acknowledged, SupervisionMove.Close, "只有已报送办理情况的事项才能退回或办结")]
    [InlineData(SupervisionState.Assigned, SupervisionMove.Return, "只有已报送办理情况的事项才能退回或办结")]
    [InlineData(SupervisionState.Acknowledged, SupervisionMove.Chase, "未逾期的事项无需催办")]
    [InlineData(SupervisionState.Acknowledged, SupervisionMove.GrantExtension, "没有待审批的延期申请")]
    [InlineData(SupervisionState.Acknowledged, SupervisionMove.DeclineExtension, "没有待审批的延期申请")]
    public void Refused_moves_say_why_in_Chinese(SupervisionState from, SupervisionMove move, string reason) =>
        Assert.Equal(reason, SupervisionRules.Refusal(Item(from), move, Today));

    [Theory]
    [InlineData(true, false, SupervisionMove.Close, true)]
    [InlineData(true, false, SupervisionMove.Return, true)]
    [InlineData(true, false, SupervisionMove.Chase, true)]
    [InlineData(true, false, SupervisionMove.GrantExtension, true)]
    [InlineData(true, false, SupervisionMove.DeclineExtension, true)]
    [InlineData(true, false, SupervisionMove.Acknowledge, false)]
    [InlineData(true, false, SupervisionMove.Report, false)]
    [InlineData(true, false, SupervisionMove.RequestExtension, false)]
    [InlineData(false, true, SupervisionMove.Acknowledge, true)]
    [InlineData(false, true, SupervisionMove.Report, true)]
    [InlineData(false, true, SupervisionMove.RequestExtension, true)]
    [InlineData(false, true, SupervisionMove.Close, false)]
    [InlineData(false, true, SupervisionMove.Chase, false)]
    [InlineData(false, true, SupervisionMove.GrantExtension, false)]
    [InlineData(false, false, SupervisionMove.Acknowledge, false)]
    [InlineData(true, true, SupervisionMove.Report, true)]
    public void The_office_decides_and_the_assigned_unit_does_the_work(bool office, bool assignee, SupervisionMove move, bool allowed) =>
        Assert.Equal(allowed, SupervisionRules.MayAct(new SupervisionActor(office, assignee), move));

    [Fact]
    public void Only_the_office_issues() =>
        Assert.Equal([true, false, false], new[] { new SupervisionActor(true, false), new(false, true), default }.Select(SupervisionRules.MayIssue));

    [Theory]
    [InlineData("2023-07-09", SupervisionState.Assigned, 1)]
    [InlineData("2023-06-30", SupervisionState.Reported, 10)]
    [InlineData("2023-07-10", SupervisionState.Acknowledged, null)]
    [InlineData("2023-07-01", SupervisionState.Closed, null)]
    public void Overdue_means_not_closed_and_past_the_due_date(string due, SupervisionState state, int? days)
    {
        var dueOn = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(days, SupervisionRules.DaysOverdue(state, dueOn, Today));
        Assert.Equal(days is not null, SupervisionRules.IsOverdue(state, dueOn, Today));
    }

    [Theory]
    [InlineData("2023-07-10", SupervisionState.Assigned, true)]
    [InlineData("2023-07-13", SupervisionState.Acknowledged, true)]
    [InlineData("2023-07-14", SupervisionState.Assigned, false)]
    [InlineData("2023-07-09", SupervisionState.Assigned, false)]
    [InlineData("2023-07-11", SupervisionState.Closed, false)]
    public void Due_soon_is_within_three_days_and_not_closed(string due, SupervisionState state, bool soon) =>
        Assert.Equal(soon, SupervisionRules.IsDueSoon(state, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void Chasing_is_for_overdue_items_at_most_once_a_day()
    {
        Assert.Null(SupervisionRules.Refusal(Item(SupervisionState.Acknowledged, "2023-07-09"), SupervisionMove.Chase, Today));
        Assert.Null(SupervisionRules.Refusal(Item(SupervisionState.Assigned, "2023-07-01", chased: Today.AddDays(-1)), SupervisionMove.Chase, Today));
        Assert.Equal("今天已催办，每天最多催办一次",
            SupervisionRules.Refusal(Item(SupervisionState.Assigned, "2023-07-01", chased: Today), SupervisionMove.Chase, Today));
        Assert.Equal("未逾期的事项无需催办", SupervisionRules.Refusal(Item(SupervisionState.Assigned, "2023-07-10"), SupervisionMove.Chase, Today));
    }

    [Fact]
    public void An_extension_is_asked_for_on_or_before_the_due_date_and_one_at_a_time()
    {
        Assert.Null(SupervisionRules.Refusal(Item(SupervisionState.Assigned, "2023-07-10"), SupervisionMove.RequestExtension, Today));
        Assert.Equal("已过办结时限，不能再申请延期",
            SupervisionRules.Refusal(Item(SupervisionState.Assigned, "2023-07-09"), SupervisionMove.RequestExtension, Today));

        var asked = SupervisionNotes.Request(new DateOnly(2023, 7, 8), "dist", new DateOnly(2023, 7, 9), new DateOnly(2023, 7, 31), "等待省厅批复");
        var pending = Item(SupervisionState.Acknowledged, "2023-07-09", asked);
        Assert.Equal("已有待审批的延期申请", SupervisionRules.Refusal(Item(SupervisionState.Acknowledged, "2023-07-20", asked), SupervisionMove.RequestExtension, Today));
        // Asked in time: the office may still grant it once the due date has passed.
        Assert.Null(SupervisionRules.Refusal(pending, SupervisionMove.GrantExtension, Today));
        Assert.Null(SupervisionRules.Refusal(pending, SupervisionMove.DeclineExtension, Today));
    }

    [Fact]
    public void A_request_dated_after_its_due_date_is_not_granted()
    {
        var late = SupervisionNotes.Request(new DateOnly(2023, 7, 10), "dist", new DateOnly(2023, 7, 9), new DateOnly(2023, 7, 31), "补申请");
        Assert.Equal("延期申请须在办结时限前提出",
            SupervisionRules.Refusal(Item(SupervisionState.Acknowledged, "2023-07-09", late), SupervisionMove.GrantExtension, Today));
    }

    [Fact]
    public void The_pending_request_is_the_last_one_not_yet_decided()
    {
        var on = new DateOnly(2023, 7, 5);
        var detail = SupervisionNotes.Append("会议要求：7月20日前完成", SupervisionNotes.Request(on, "a", new DateOnly(2023, 7, 10), new DateOnly(2023, 7, 20), "理由一"));
        Assert.Equal(new ExtensionRequest(on, "a", new DateOnly(2023, 7, 10), new DateOnly(2023, 7, 20), "理由一"), SupervisionNotes.PendingExtension(detail));
        detail = SupervisionNotes.Append(detail, SupervisionNotes.Grant(on, "office", new DateOnly(2023, 7, 10), new DateOnly(2023, 7, 20)));
        Assert.Null(SupervisionNotes.PendingExtension(detail));
        detail = SupervisionNotes.Append(detail, SupervisionNotes.Request(on.AddDays(10), "a", new DateOnly(2023, 7, 20), new DateOnly(2023, 7, 30), "理由二"));
        Assert.Equal(new DateOnly(2023, 7, 30), SupervisionNotes.PendingExtension(detail)!.NewDueOn);
        detail = SupervisionNotes.Append(detail, SupervisionNotes.Decline(on.AddDays(11), "office", "不予延期"));
        Assert.Null(SupervisionNotes.PendingExtension(detail));
    }

    [Fact]
    public void Free_text_cannot_forge_a_request()
    {
        var forged = SupervisionNotes.Clean("背景\n【申请延期 2023-07-01 x】办结时限 2023-07-20 延至 2023-12-31：伪造");
        Assert.Null(SupervisionNotes.PendingExtension(forged));
        var reason = SupervisionNotes.Request(Today, "a", Today, Today.AddDays(5), "理由\n【同意延期 2023-07-10 office】办结时限");
        Assert.Single(reason.Split('\n'));
        Assert.NotNull(SupervisionNotes.PendingExtension(reason));
    }

    [Theory]
    [InlineData(SupervisionMove.Report, "", "请填写办理情况")]
    [InlineData(SupervisionMove.Return, "", "退回须填写原因")]
    [InlineData(SupervisionMove.RequestExtension, "", "请填写延期理由")]
    [InlineData(SupervisionMove.DeclineExtension, "", "请填写不同意延期的理由")]
    [InlineData(SupervisionMove.Report, "已完成", null)]
    [InlineData(SupervisionMove.Close, "", null)]
    [InlineData(SupervisionMove.Acknowledge, "", null)]
    public void Reports_and_reasons_are_required(SupervisionMove move, string text, string? problem) =>
        Assert.Equal(problem, SupervisionRules.TextRefusal(move, text));

    [Fact]
    public void Dates_are_checked_against_today_and_the_current_due_date()
    {
        Assert.Equal("办结时限不能早于今天", SupervisionRules.DueRefusal(Today.AddDays(-1), Today));
        Assert.Null(SupervisionRules.DueRefusal(Today, Today));
        Assert.Equal("请填写延期后的办结时限", SupervisionRules.ExtensionDateRefusal(null, Today));
        Assert.Equal("延期后的办结时限须晚于原办结时限", SupervisionRules.ExtensionDateRefusal(Today, Today));
        Assert.Null(SupervisionRules.ExtensionDateRefusal(Today.AddDays(1), Today));
    }

    [Fact]
    public void Closed_on_time_is_by_the_due_date_in_force()
    {
        var item = Item(SupervisionState.Closed, "2023-07-10");
        item.ClosedOn = Today;
        Assert.True(SupervisionRules.ClosedOnTime(item));
        item.ClosedOn = Today.AddDays(1);
        Assert.False(SupervisionRules.ClosedOnTime(item));
    }

    [Fact]
    public void Every_reason_and_name_has_an_English_text()
    {
        var texts = SupervisionRules.Reasons.Concat(SupervisionNames.Sources).Concat(Enum.GetValues<SupervisionState>().Select(SupervisionNames.Of));
        Assert.All(texts, r => Assert.True(Texts.EnglishTexts.ContainsKey(r), r));
    }
}
