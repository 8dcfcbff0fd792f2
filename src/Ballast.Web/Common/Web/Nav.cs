using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Common.Web;

/// <summary>The left menu. Modules not built yet are listed, greyed, so that people see where the
/// platform is going; items a role may not open are left out.</summary>
public static class Nav
{
    public sealed record Item(string Text, string Icon, string? Href, string[]? Roles = null);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("首页", "bi-house", "/"),
        new("项目调度看板", "bi-speedometer2", "/Dashboard"),
        new("年度计划", "bi-flag", "/Programme"),
        new("我的填报", "bi-pencil-square", "/Programme/Updates"),
        new("指标审核", "bi-clipboard-check", "/Programme/Review"),
        new("督办事项", "bi-megaphone", "/Programme/Supervision"),
        new("工作情况通报", "bi-file-earmark-text", "/Programme/Bulletin"),
        new("年度考核", "bi-award", "/Programme/Assessment"),
        new("项目", "bi-kanban", "/Projects"),
        new("月调度", "bi-calendar-check", "/Projects/Dispatch"),
        new("问题清单", "bi-exclamation-diamond", "/Projects/Problems"),
        new("三张清单", "bi-card-checklist", "/Lists"),
        new("产业链", "bi-diagram-3", null),
        new("园区", "bi-buildings", null),
        new("企业", "bi-building", null),
        new("政策", "bi-journal-text", null),
        new("楼宇经济", "bi-building-up", null),
        new("组织与用户", "bi-people", "/Organisation", [Roles.SecurityAdmin, Roles.SystemAdmin, Roles.ProgrammeOffice]),
        new("基础数据", "bi-database", "/Reference", [Roles.SystemAdmin, Roles.ProgrammeOffice]),
        new("审计日志", "bi-shield-lock", "/Audit", [Roles.Auditor]),
        new("API 文档", "bi-code-slash", "/api/docs"),
    ];
}
