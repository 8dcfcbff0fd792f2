using Ballast.Web.Common;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Programme;

/// <summary>Who may do what to an indicator submission, and when. Pure; each check returns a
/// Chinese reason when the action is refused, null when it is allowed. The responsible unit saves
/// and submits while the period is open (after the due date still, but late); the lead unit or the
/// office accepts or returns; accepted is locked until the office reopens it; an extension is asked
/// for before the due date and decided by the office.</summary>
public static class SubmissionRules
{
    public const int MaxNarrative = 2000;
    public const int MaxReason = 500;
    /// <summary>decimal(18,4) holds 14 integer digits; anything near that is a typing slip.</summary>
    private const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <summary>The due date that applies to a unit: the period's, or a later one the office granted.</summary>
    public static DateOnly DueOn(DateOnly periodDue, DateOnly? extendedTo) =>
        extendedTo is { } e && e > periodDue ? e : periodDue;

    /// <summary>Late when the calendar day in China is past the due date: the whole due day counts.</summary>
    public static bool IsLate(DateTimeOffset submittedAt, DateOnly dueOn) => CityTime.DateOf(submittedAt) > dueOn;

    /// <summary>Draft and returned submissions do not count: only these states are "reported".</summary>
    public static bool IsReported(SubmissionState? state) => state is SubmissionState.Submitted or SubmissionState.Accepted;

    /// <summary>Saving, submitting and attaching evidence.</summary>
    public static string? CanEdit(SubmissionState? state, PeriodState period, SubmissionActor actor)
    {
        if (!actor.IsOffice && !actor.IsReportingUnit)
        {
            return "只能填报本单位负责的指标";
        }
        if (period == PeriodState.Closed)
        {
            return "该填报期已关闭，如需补报或更正请联系领导小组办公室重新开启";
        }
        return state switch
        {
            SubmissionState.Accepted => "该指标本期填报已审核通过并锁定，更正须由领导小组办公室重新开启",
            SubmissionState.Submitted => "该指标本期已报送，如需修改请先由审核人退回",
            _ => null,
        };
    }

    /// <summary>The figures themselves: milestones report done or not; counts and amounts a
    /// non-negative year-to-date value; rates (growth) and direction-only changes may fall below zero.</summary>
    public static string? CheckEntry(IndicatorKind kind, decimal? value, bool? done, string? narrative, bool submit)
    {
        if (narrative?.Trim().Length > MaxNarrative)
        {
            return "情况说明不超过2000字";
        }
        if (kind == IndicatorKind.Milestone)
        {
            return submit && done is null ? "里程碑类指标报送须选择是否已完成" : null;
        }
        if (value is null)
        {
            return submit ? "报送须填写本年累计值（无进展请填0）" : null;
        }
        if (value < 0 && kind is not (IndicatorKind.Rate or IndicatorKind.Direction))
        {
            return "累计值不能为负数";
        }
        return Math.Abs(value.Value) >= MaxMagnitude ? "数值超出合理范围，请检查单位" : null;
    }

    /// <summary>Accepting or returning a submitted value. The lead unit reviews its supporting units;
    /// its own submission goes to the office, so no unit approves itself.</summary>
    public static string? CanReview(bool accept, SubmissionState state, SubmissionActor actor, string? reason)
    {
        if (!actor.IsOffice)
        {
            if (!actor.IsLeadUnit)
            {
                return "只有牵头单位或领导小组办公室可以审核";
            }
            if (actor.IsReportingUnit)
            {
                return "牵头单位本单位的填报由领导小组办公室审核";
            }
        }
        if (!accept)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return "退回须填写原因";
            }
            if (reason.Trim().Length > MaxReason)
            {
                return "原因不超过500字";
            }
        }
        return state == SubmissionState.Submitted ? null
            : state == SubmissionState.Accepted ? "该指标本期填报已审核通过并锁定，更正须由领导小组办公室重新开启"
            : accept ? "只能审核通过已报送的填报" : "只能退回已报送的填报";
    }

    public static string? CanReopen(SubmissionState state, SubmissionActor actor, string? reason) =>
        !actor.IsOffice ? "只有领导小组办公室可以重新开启已锁定的填报"
        : state != SubmissionState.Accepted ? "只能重新开启已审核通过的填报"
        : reason?.Trim().Length > MaxReason ? "原因不超过500字" : null;

    /// <summary>Whether an extension may be asked for at all: before the due date in force has passed
    /// (the due day itself still counts, as it does for lateness), for a value not yet reported.</summary>
    public static string? CanAskExtension(SubmissionState? state, PeriodState period, DateOnly dueOn, DateOnly today, bool pending, SubmissionActor actor)
    {
        if (!actor.IsOffice && !actor.IsReportingUnit)
        {
            return "只能为本单位负责的指标申请延期";
        }
        if (period == PeriodState.Closed)
        {
            return "该填报期已关闭，如需补报或更正请联系领导小组办公室重新开启";
        }
        if (IsReported(state))
        {
            return "该指标本期已报送，无需申请延期";
        }
        if (today > dueOn)
        {
            return "已过截止日期，不能再申请延期";
        }
        return pending ? "已有待审批的延期申请" : null;
    }

    /// <summary>The request itself: a later date, with a reason.</summary>
    public static string? CanRequestExtension(SubmissionState? state, PeriodState period, DateOnly dueOn, DateOnly today,
        bool pending, DateOnly? requestedTo, string? reason, SubmissionActor actor)
    {
        if (CanAskExtension(state, period, dueOn, today, pending, actor) is { } refused)
        {
            return refused;
        }
        if (requestedTo is not { } to || to <= dueOn)
        {
            return "延期后的截止日期须晚于当前截止日期";
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "申请延期须填写原因";
        }
        return reason.Trim().Length > MaxReason ? "原因不超过500字" : null;
    }

    public static string? CanDecideExtension(bool pending, SubmissionActor actor) =>
        !actor.IsOffice ? "只有领导小组办公室可以审批延期申请"
        : pending ? null : "没有待审批的延期申请";

    public static string StateName(SubmissionState? state) => state switch
    {
        SubmissionState.Draft => "草稿",
        SubmissionState.Submitted => "已报送",
        SubmissionState.Accepted => "已通过（锁定）",
        SubmissionState.Returned => "已退回",
        _ => "未报",
    };
}
