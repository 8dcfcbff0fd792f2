namespace Ballast.Web.Features.Projects;

/// <summary>The supervision (督办) cycle of a problem: which moves each state allows, who may make
/// them, and when a problem is late or about to be. No I/O.</summary>
public static class ProblemRules
{
    /// <summary>How many days ahead the reminder list looks.</summary>
    public const int DueSoonDays = 3;

    public static ProblemState Target(ProblemMove move) => move switch
    {
        ProblemMove.Answer => ProblemState.Answered,
        ProblemMove.Resolve => ProblemState.Resolved,
        ProblemMove.Escalate => ProblemState.Escalated,
        _ => ProblemState.Open,
    };

    private const string AlreadyResolved = "问题已解决，如需继续办理请先重新打开";
    private const string NotResolved = "只有已解决的问题才能重新打开";
    private const string AlreadyEscalated = "问题已提级督办";

    /// <summary>Every reason <see cref="Refusal"/> can give (for the localisation check).</summary>
    public static readonly IReadOnlyList<string> Reasons = [AlreadyResolved, NotResolved, AlreadyEscalated];

    /// <summary>Null when the move is allowed from the state; otherwise the reason, in Chinese.</summary>
    public static string? Refusal(ProblemState from, ProblemMove move) => (from, move) switch
    {
        (ProblemState.Resolved, ProblemMove.Reopen) => null,
        (ProblemState.Resolved, _) => AlreadyResolved,
        (_, ProblemMove.Reopen) => NotResolved,
        (ProblemState.Escalated, ProblemMove.Escalate) => AlreadyEscalated,
        _ => null,
    };

    /// <summary>The owner or the office raise, resolve, escalate and reopen; the assigned
    /// department (or the office) answers.</summary>
    public static bool MayAct(ProblemActor actor, ProblemMove move) => actor.IsOffice || move switch
    {
        ProblemMove.Answer => actor.IsAssignee,
        _ => actor.OwnsProject,
    };

    public static bool MayRaise(ProblemActor actor) => actor.IsOffice || actor.OwnsProject;

    /// <summary>Days past the due date of a problem still open; null when it is not overdue.</summary>
    public static int? DaysOverdue(ProblemState state, DateOnly dueOn, DateOnly today) =>
        state != ProblemState.Resolved && dueOn < today ? today.DayNumber - dueOn.DayNumber : null;

    /// <summary>Unresolved and due today or within <see cref="DueSoonDays"/> days: the reminder list.</summary>
    public static bool IsDueSoon(ProblemState state, DateOnly dueOn, DateOnly today) =>
        state != ProblemState.Resolved && dueOn >= today && dueOn <= today.AddDays(DueSoonDays);
}
