namespace Ballast.Web.Features.Projects;

/// <summary>How a project moves through its life. Forward moves may skip stages (a project can be
/// registered and started the same day) and then date the skipped ones too; a project can pause or
/// drop from any stage and come back from there; it never slides back along the active path.
/// The first signing date is kept for good: a project counts once, at its first signing.</summary>
public static class StageRules
{
    private static readonly ProjectStage[] Path =
        [ProjectStage.Lead, ProjectStage.Negotiating, ProjectStage.Signed, ProjectStage.Registered, ProjectStage.Started, ProjectStage.Operating];

    /// <summary>Returns a Chinese reason when the move is not allowed, else applies it.</summary>
    public static string? Move(Project project, ProjectStage to, DateOnly on, DateOnly today, string by, DateTimeOffset now, string? note = null)
    {
        if (to == project.Stage)
        {
            return "项目已处于该阶段";
        }
        if (on > today)
        {
            return "阶段日期不能晚于今天";
        }
        var last = project.StageChanges.Count == 0 ? (DateOnly?)null : project.StageChanges.Max(c => c.On);
        if (last is { } l && on < l)
        {
            return $"阶段日期不能早于上一次变更（{l:yyyy-MM-dd}）";
        }
        var fromIndex = Array.IndexOf(Path, project.Stage);
        var toIndex = Array.IndexOf(Path, to);
        if (fromIndex >= 0 && toIndex >= 0 && toIndex < fromIndex)
        {
            return "项目阶段不能倒退；如为录入错误，请先暂缓再恢复到正确阶段";
        }

        if (toIndex >= 0)
        {
            // Reaching a stage implies every earlier one: date those not dated yet.
            for (var i = 2; i <= toIndex; i++)
            {
                SetDateIfEmpty(project, Path[i], on);
            }
        }
        project.StageChanges.Add(new ProjectStageChange
        {
            FromStage = project.Stage, ToStage = to, On = on, RecordedAt = now, RecordedBy = by, Note = note,
        });
        project.Stage = to;
        return null;
    }

    private static void SetDateIfEmpty(Project p, ProjectStage stage, DateOnly on)
    {
        switch (stage)
        {
            case ProjectStage.Signed: p.SignedOn ??= on; break;
            case ProjectStage.Registered: p.RegisteredOn ??= on; break;
            case ProjectStage.Started: p.StartedOn ??= on; break;
            case ProjectStage.Operating: p.OperatingOn ??= on; break;
            default: break;
        }
    }
}
