namespace Ballast.Web.Features.Programme;

/// <summary>The supervision (督办) cycle: assign → acknowledge → report → close, returned with a
/// reason, chased when overdue, extended only on a request made in time. No I/O.</summary>
public static class SupervisionRules
{
    /// <summary>How many days ahead the reminder list looks.</summary>
    public const int DueSoonDays = 3;
    public const int MaxText = 2000;

    private const string AlreadyClosed = "督办事项已办结";
    private const string AlreadyAcknowledged = "督办事项已签收";
    private const string AcknowledgeFirst = "请先签收督办事项";
    private const string AlreadyReported = "办理情况已报送，待领导小组办公室审核";
    private const string NotReported = "只有已报送办理情况的事项才能退回或办结";
    private const string NotOverdue = "未逾期的事项无需催办";
    private const string ChasedToday = "今天已催办，每天最多催办一次";
    private const string TooLate = "已过办结时限，不能再申请延期";
    private const string PendingAlready = "已有待审批的延期申请";
    private const string NoPending = "没有待审批的延期申请";
    private const string RequestedLate = "延期申请须在办结时限前提出";
    private const string DueBeforeToday = "办结时限不能早于今天";

    /// <summary>Every reason <see cref="Refusal"/> can give (for the localisation check).</summary>
    public static readonly IReadOnlyList<string> Reasons =
    [
        AlreadyClosed, AlreadyAcknowledged, AcknowledgeFirst, AlreadyReported, NotReported, NotOverdue,
        ChasedToday, TooLate, PendingAlready, NoPending, RequestedLate,
    ];

    public static bool MayIssue(SupervisionActor actor) => actor.IsOffice;

    /// <summary>The office decides; the assigned unit does the work. Neither stands in for the other.</summary>
    public static bool MayAct(SupervisionActor actor, SupervisionMove move) => move switch
    {
        SupervisionMove.Acknowledge or SupervisionMove.Report or SupervisionMove.RequestExtension => actor.IsAssignee,
        _ => actor.IsOffice,
    };

    public static SupervisionState Target(SupervisionState from, SupervisionMove move) => move switch
    {
        SupervisionMove.Acknowledge or SupervisionMove.Return => SupervisionState.Acknowledged,
        SupervisionMove.Report => SupervisionState.Reported,
        SupervisionMove.Close => SupervisionState.Closed,
        _ => from,
    };

    /// <summary>Null when the move is allowed on the item today; otherwise the reason, in Chinese.</summary>
    public static string? Refusal(SupervisionItem item, SupervisionMove move, DateOnly today)
    {
        if (item.State == SupervisionState.Closed)
        {
            return AlreadyClosed;
        }
        var pending = SupervisionNotes.PendingExtension(item.Detail);
        return move switch
        {
            SupervisionMove.Acknowledge when item.State != SupervisionState.Assigned => AlreadyAcknowledged,
            SupervisionMove.Report when item.State == SupervisionState.Assigned => AcknowledgeFirst,
            SupervisionMove.Report or SupervisionMove.RequestExtension when item.State == SupervisionState.Reported => AlreadyReported,
            SupervisionMove.Return or SupervisionMove.Close when item.State != SupervisionState.Reported => NotReported,
            SupervisionMove.Chase when !IsOverdue(item.State, item.DueOn, today) => NotOverdue,
            SupervisionMove.Chase when item.LastChasedOn == today => ChasedToday,
            SupervisionMove.RequestExtension when today > item.DueOn => TooLate,
            SupervisionMove.RequestExtension when pending is not null => PendingAlready,
            SupervisionMove.GrantExtension or SupervisionMove.DeclineExtension when pending is null => NoPending,
            // A request is only ever written in time; one dated after the due date was not, and is not granted.
            SupervisionMove.GrantExtension when pending!.RequestedOn > pending.DueOnThen => RequestedLate,
            _ => null,
        };
    }

    /// <summary>What the text of a move must hold: the report, the reason for returning, declining
    /// or asking for an extension. Null when it is fine.</summary>
    public static string? TextRefusal(SupervisionMove move, string text) => move switch
    {
        SupervisionMove.Report when text.Length == 0 => "请填写办理情况",
        SupervisionMove.Report when text.Length > MaxText => "办理情况不超过2000字",
        SupervisionMove.Return when text.Length == 0 => "退回须填写原因",
        SupervisionMove.DeclineExtension when text.Length == 0 => "请填写不同意延期的理由",
        SupervisionMove.RequestExtension when text.Length == 0 => "请填写延期理由",
        SupervisionMove.Return or SupervisionMove.DeclineExtension or SupervisionMove.RequestExtension when text.Length > 500 => "理由不超过500字",
        _ => null,
    };

    /// <summary>The new due date asked for must be a date after the current one.</summary>
    public static string? ExtensionDateRefusal(DateOnly? newDueOn, DateOnly dueOn) => newDueOn switch
    {
        null => "请填写延期后的办结时限",
        { } d when d <= dueOn => "延期后的办结时限须晚于原办结时限",
        _ => null,
    };

    public static string? DueRefusal(DateOnly dueOn, DateOnly today) => dueOn < today ? DueBeforeToday : null;

    /// <summary>Not closed and the due date has passed: due on the 10th is overdue on the 11th.</summary>
    public static bool IsOverdue(SupervisionState state, DateOnly dueOn, DateOnly today) =>
        state != SupervisionState.Closed && dueOn < today;

    public static int? DaysOverdue(SupervisionState state, DateOnly dueOn, DateOnly today) =>
        IsOverdue(state, dueOn, today) ? today.DayNumber - dueOn.DayNumber : null;

    /// <summary>Not closed and due today or within <see cref="DueSoonDays"/> days: the reminder list.</summary>
    public static bool IsDueSoon(SupervisionState state, DateOnly dueOn, DateOnly today) =>
        state != SupervisionState.Closed && dueOn >= today && dueOn <= today.AddDays(DueSoonDays);

    /// <summary>Closed by the due date in force when it was closed (after any extension granted).</summary>
    public static bool ClosedOnTime(SupervisionItem item) =>
        item.State == SupervisionState.Closed && item.ClosedOn is { } closed && closed <= item.DueOn;
}
