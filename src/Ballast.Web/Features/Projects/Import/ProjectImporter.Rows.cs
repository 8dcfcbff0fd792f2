using Ballast.Web.Common.Excel;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>How one project row becomes a project: its fields, its stages, its place on the year's
/// key-project list.</summary>
public sealed partial class ProjectImporter
{
    /// <summary>A row's place on the year's key-project list: Plan null = 计划待下达 (pending).</summary>
    private sealed record KeyPlan(decimal? Plan);

    /// <summary>
    /// Which rows are key projects. A sheet with an annual-plan column (年度计划投资 and its synonyms)
    /// is a key-project list, so every row on it is a key project of the year: a figure is its plan,
    /// and a cell that says the plan is pending (待下达, 计划待下达, 待定, —, -, /) or is empty keeps
    /// it on the list with its plan pending — null, shown 待下达, never 0. A sheet without that
    /// column says nothing about the list: its rows are projects only, and designations stay.
    /// </summary>
    private static KeyPlan? KeyPlanOf(ParsedRow r) =>
        r.Values.ContainsKey("PlannedInvestment") ? new KeyPlan(r.GetDecimal("PlannedInvestment")) : null;

    /// <summary>Walks the project forward through the dated stages the sheet gives; never back.</summary>
    private void MoveStages(Project project, Planned p, DateOnly today, DateTimeOffset now)
    {
        var target = p.Stage ?? (p.StartedOn is not null ? ProjectStage.Started : p.SignedOn is not null ? ProjectStage.Signed : (ProjectStage?)null);
        if (target is null)
        {
            return;
        }
        if (p.SignedOn is { } signed && target >= ProjectStage.Signed && project.Stage < ProjectStage.Signed)
        {
            StageRules.Move(project, ProjectStage.Signed, signed, today, scope.UserName, now, "导入");
        }
        if (p.StartedOn is { } started && target >= ProjectStage.Started && project.Stage < ProjectStage.Started)
        {
            StageRules.Move(project, ProjectStage.Started, started, today, scope.UserName, now, "导入");
        }
        if (project.Stage < target || (target is ProjectStage.Paused or ProjectStage.Dropped && project.Stage != target))
        {
            var on = target == ProjectStage.Started ? p.StartedOn : target == ProjectStage.Signed ? p.SignedOn : null;
            var last = project.StageChanges.Count == 0 ? (DateOnly?)null : project.StageChanges.Max(c => c.On);
            StageRules.Move(project, target.Value, on ?? (last is { } l && l > today ? l : today), today, scope.UserName, now, "导入");
        }
    }

    /// <summary>Puts the project on the year's list. A pending plan never replaces one already
    /// issued (an empty cell never clears a value); it only lists a project not yet listed.</summary>
    private void UpsertKeyProject(Project project, int year, decimal? plan, ProjectMatcher matcher)
    {
        var key = project.Id == 0 ? null : matcher.KeyOf(project.Id);
        if (key is null)
        {
            db.KeyProjects.Add(new KeyProject
            {
                Project = project, Year = year, Class = KeyProjectClass.Construction, PlannedInvestment = plan, OwnerUnitId = project.OwnerUnitId
            });
        }
        else if (plan is not null)
        {
            key.PlannedInvestment = plan;
        }
    }
}
