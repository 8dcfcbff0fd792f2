using Ballast.Web.Common;
namespace Ballast.Web.Features.Projects;

/// <summary>Who may do what to a month's report, and when. Pure; returns a Chinese reason when the
/// action is refused. The unit reports and its district reviews; the programme office accepts or
/// returns; an accepted month is locked and only the office can reopen it.</summary>
public static class DispatchRules
{
    public static string? Check(DispatchAction action, ReportState? state, PeriodState period, bool isOffice, bool isOwnUnit, string? reason = null)
    {
        if (!isOffice && !isOwnUnit)
        {
            return "数据范围之外的记录不能修改";
        }
        switch (action)
        {
            case DispatchAction.Save:
            case DispatchAction.Submit:
                if (period == PeriodState.Closed)
                {
                    return "该调度期已关闭，如需补报或更正请联系领导小组办公室重新开启";
                }
                return state is null or ReportState.Draft or ReportState.Returned ? null
                    : state == ReportState.Accepted ? "该月已审核通过并锁定，更正须由领导小组办公室重新开启"
                    : "该月已报送，如需修改请先由审核人退回";
            case DispatchAction.Review:
                return state == ReportState.Submitted ? null : "只能审核已报送的月报";
            case DispatchAction.Accept:
                return !isOffice ? "只有领导小组办公室可以审核通过"
                    : state is ReportState.Submitted or ReportState.Reviewed ? null : "只能审核通过已报送的月报";
            case DispatchAction.Return:
                if (string.IsNullOrWhiteSpace(reason))
                {
                    return "退回须填写原因";
                }
                return state is ReportState.Submitted or ReportState.Reviewed ? null : "只能退回已报送的月报";
            case DispatchAction.Reopen:
                return !isOffice ? "只有领导小组办公室可以重新开启已锁定的月报"
                    : state == ReportState.Accepted ? null : "只能重新开启已审核通过的月报";
            default:
                return "不支持的操作";
        }
    }

    /// <summary>The figures of one row, as the form, the API and the import's preview check them.</summary>
    public static string? CheckFigures(ReportEntry e, bool submit)
    {
        if (submit && e.Completed is null)
        {
            return "报送须填写本月完成投资（无完成请填0）";
        }
        if (e.Completed is < 0 or > 10_000_000m)
        {
            return "本月完成投资须在 0 到 1,000 亿元之间（以万元填写）";
        }
        return e.PhysicalProgress?.Length > 1000 ? "形象进度不超过1000字" : null;
    }

    /// <summary>Submitted after the end of the due date.</summary>
    public static bool IsLate(DateTimeOffset? submittedAt, DateOnly dueOn) =>
        submittedAt is { } at && CityTime.DateOf(at) > dueOn;

    public static string StateName(ReportState? state) => state switch
    {
        ReportState.Draft => "草稿",
        ReportState.Submitted => "已报送",
        ReportState.Reviewed => "区市已审核",
        ReportState.Accepted => "已通过（锁定）",
        ReportState.Returned => "已退回",
        _ => "未报",
    };
}
