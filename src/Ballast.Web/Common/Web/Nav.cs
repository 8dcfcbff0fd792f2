using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Common.Web;

/// <summary>The left menu, in sections by the work people do. Modules not built yet are listed,
/// greyed, so that people see where the platform is going; items a role may not open are left out.</summary>
public static class Nav
{
    public sealed record Item(string Section, string Text, string Icon, string? Href, string[]? Roles = null);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("", "首页", "bi-house", "/"),
        new("", "项目调度看板", "bi-speedometer2", "/Dashboard"),
        new("工作要点", "年度计划", "bi-flag", "/Programme"),
        new("工作要点", "我的填报", "bi-pencil-square", "/Programme/Reporting/Updates"),
        new("工作要点", "指标审核", "bi-clipboard-check", "/Programme/Reporting/Review"),
        new("工作要点", "督办事项", "bi-megaphone", "/Programme/Supervision"),
        new("工作要点", "工作情况通报", "bi-file-earmark-text", "/Programme/Bulletin"),
        new("工作要点", "年度考核", "bi-award", "/Programme/Assessment"),
        new("项目", "项目", "bi-kanban", "/Projects"),
        new("项目", "月调度", "bi-calendar-check", "/Projects/Dispatch"),
        new("项目", "问题清单", "bi-exclamation-diamond", "/Projects/Problems"),
        new("项目", "三张清单", "bi-card-checklist", "/Lists"),
        new("产业", "产业链", "bi-diagram-3", "/Chains"),
        new("产业", "企业", "bi-building", "/Enterprises"),
        new("产业", "楼宇经济", "bi-building-up", "/Buildings"),
        new("园区", "专业园区", "bi-buildings", "/Parks"),
        new("园区", "亩均评价", "bi-bar-chart-steps", "/Parks/PerMu"),
        new("园区", "入园评估", "bi-door-open", "/Parks/Admission"),
        new("园区", "标准地承诺", "bi-pin-map", "/Parks/Commitments"),
        new("园区", "有进有退", "bi-arrow-left-right", "/Parks/Watch"),
        new("招商与政策", "政策汇编", "bi-journal-text", "/Policies"),
        new("招商与政策", "政策匹配", "bi-ui-checks", "/Policies/Matching"),
        new("招商与政策", "公开项目", "bi-broadcast", "/Policies/Published"),
        new("招商与政策", "招商活动", "bi-airplane", "/Promotion/Campaigns"),
        new("招商与政策", "以商招商奖励", "bi-gift", "/Promotion/Rewards"),
        new("管理", "组织与用户", "bi-people", "/Organisation", [Roles.SecurityAdmin, Roles.SystemAdmin, Roles.ProgrammeOffice]),
        new("管理", "基础数据", "bi-database", "/Reference", [Roles.SystemAdmin, Roles.ProgrammeOffice]),
        new("管理", "审计日志", "bi-shield-lock", "/Audit", [Roles.Auditor]),
        new("管理", "API 文档", "bi-code-slash", "/api/docs"),
    ];
}
