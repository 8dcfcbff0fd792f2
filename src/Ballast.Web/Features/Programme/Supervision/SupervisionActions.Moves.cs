using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

public sealed partial class SupervisionActions
{
    /// <summary>Makes a move on an item. <paramref name="text"/> is the report or the reason (for
    /// returning, declining, asking for more time); <paramref name="newDueOn"/> is the due date an
    /// extension asks for. Moves that need neither ignore them.</summary>
    public async Task<SupervisionOutcome> MoveAsync(int id, SupervisionMove move, string? text = null, DateOnly? newDueOn = null)
    {
        var item = await db.SupervisionItems.SingleOrDefaultAsync(s => s.Id == id);
        if (item is null)
        {
            return SupervisionOutcome.NotFound;
        }
        if (!SupervisionRules.MayAct(ActorFor(item.OwnerUnitId), move))
        {
            return SupervisionOutcome.Forbidden;
        }
        var today = Today;
        if (SupervisionRules.Refusal(item, move, today) is { } reason)
        {
            return SupervisionOutcome.Invalid(SupervisionOutcome.StateKey, t[reason]);
        }
        var body = text?.Trim() ?? "";
        if (SupervisionRules.TextRefusal(move, body) is { } textProblem)
        {
            return SupervisionOutcome.Invalid("Text", t[textProblem]);
        }
        if (move == SupervisionMove.RequestExtension && SupervisionRules.ExtensionDateRefusal(newDueOn, item.DueOn) is { } dateProblem)
        {
            return SupervisionOutcome.Invalid("DueOn", t[dateProblem]);
        }
        var note = NoteFor(item, move, body, newDueOn, today);
        if (note is not null && SupervisionNotes.Append(item.Detail, note).Length > SupervisionRules.MaxText)
        {
            return SupervisionOutcome.Invalid("Text", t["理由过长，督办记录合计不超过2000字"]);
        }
        Apply(item, move, body, note, today);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return SupervisionOutcome.Invalid(SupervisionOutcome.StateKey, t["该督办事项刚被他人修改，请刷新后重试"]);
        }
        return SupervisionOutcome.Done(item);
    }

    /// <summary>The dated line a move adds to the item's record, if any.</summary>
    private string? NoteFor(SupervisionItem item, SupervisionMove move, string text, DateOnly? newDueOn, DateOnly today)
    {
        var by = db.Scope.UserName;
        return move switch
        {
            SupervisionMove.Return => SupervisionNotes.Return(today, by, text),
            SupervisionMove.RequestExtension => SupervisionNotes.Request(today, by, item.DueOn, newDueOn!.Value, text),
            SupervisionMove.GrantExtension => SupervisionNotes.Grant(today, by, item.DueOn, SupervisionNotes.PendingExtension(item.Detail)!.NewDueOn),
            SupervisionMove.DeclineExtension => SupervisionNotes.Decline(today, by, text),
            _ => null,
        };
    }

    private static void Apply(SupervisionItem item, SupervisionMove move, string text, string? note, DateOnly today)
    {
        if (move == SupervisionMove.GrantExtension)
        {
            item.DueOn = SupervisionNotes.PendingExtension(item.Detail)!.NewDueOn;
        }
        if (note is not null)
        {
            item.Detail = SupervisionNotes.Append(item.Detail, note);
        }
        item.State = SupervisionRules.Target(item.State, move);
        switch (move)
        {
            case SupervisionMove.Report:
                item.Report = SupervisionNotes.Clean(text.ReplaceLineEndings("\n"));
                break;
            case SupervisionMove.Close:
                item.ClosedOn = today;
                break;
            case SupervisionMove.Chase:
                item.ChaseCount++;
                item.LastChasedOn = today;
                break;
            default:
                break;
        }
    }
}
