using System.Globalization;
using System.Security.Claims;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common;

namespace Ballast.Web.Features.Projects;

/// <summary>Raising and moving problems, shared by the pages and the API so that both apply the
/// same rules and scope. Nothing is written unless the whole action is allowed and valid.</summary>
public sealed class ProblemActions(AppDbContext db, Texts t, ClaimsPrincipal user)
{
    public DateOnly Today => CityTime.Today(db.Time);

    public ProblemActor ActorFor(int ownerUnitId, int? assignedUnitId) => new(
        db.Scope.WritesAll,
        db.Scope.UnitIds.Contains(ownerUnitId),
        assignedUnitId is { } assigned && UnitId == assigned);

    private int? UnitId =>
        int.TryParse(user.FindFirstValue(AuthSetup.UnitClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public async Task<ProblemOutcome> RaiseAsync(ProblemInput input)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == input.ProjectId)
            .Select(p => new { p.Id, p.OwnerUnitId }).SingleOrDefaultAsync();
        if (project is null)
        {
            return ProblemOutcome.NotFound;
        }
        if (!ProblemRules.MayRaise(ActorFor(project.OwnerUnitId, null)))
        {
            return ProblemOutcome.Forbidden;
        }
        var errors = await ValidateAsync(input);
        if (errors.Count > 0)
        {
            return new ProblemOutcome(ProblemOutcomeKind.Invalid, Errors: errors);
        }
        var problem = new Problem
        {
            ProjectId = project.Id,
            OwnerUnitId = project.OwnerUnitId,
            Title = input.Title.Trim(),
            Detail = string.IsNullOrWhiteSpace(input.Detail) ? null : input.Detail.Trim(),
            AssignedUnitId = input.AssignedUnitId,
            DueOn = input.DueOn!.Value,
            State = ProblemState.Open,
            RaisedOn = Today,
            RaisedBy = db.Scope.UserName,
        };
        db.Problems.Add(problem);
        await db.SaveChangesAsync();
        return new ProblemOutcome(ProblemOutcomeKind.Done, problem);
    }

    private async Task<Dictionary<string, string[]>> ValidateAsync(ProblemInput input)
    {
        var errors = InputRules.Validate(input, t)
            .GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray());
        if (input.DueOn is { } due && due < Today)
        {
            errors[nameof(ProblemInput.DueOn)] = [t["办结时限不能早于今天"].Value];
        }
        if (input.AssignedUnitId > 0 && !await db.Units.AnyAsync(u => u.Id == input.AssignedUnitId && u.Kind == UnitKind.Department && u.IsActive))
        {
            errors[nameof(ProblemInput.AssignedUnitId)] = [t["承办部门须为市直部门"].Value];
        }
        return errors;
    }

    /// <summary>Answer, resolve, escalate or reopen. <paramref name="text"/> is the answer or the
    /// reason for escalating; the other moves ignore it.</summary>
    public async Task<ProblemOutcome> MoveAsync(int id, ProblemMove move, string? text, int? version = null)
    {
        var problem = await db.Problems.SingleOrDefaultAsync(p => p.Id == id);
        if (problem is null)
        {
            return ProblemOutcome.NotFound;
        }
        var actor = ActorFor(problem.OwnerUnitId, problem.AssignedUnitId);
        if (!ProblemRules.MayAct(actor, move))
        {
            return ProblemOutcome.Forbidden;
        }
        if (ProblemRules.Refusal(problem.State, move) is { } reason)
        {
            return ProblemOutcome.Invalid("State", t[reason]);
        }
        var note = text?.Trim() ?? "";
        if (TextProblem(problem, move, note) is { } message)
        {
            return ProblemOutcome.Invalid("Text", message);
        }
        Apply(problem, move, note);
        db.Expect(problem, version);
        await db.SaveChangesAsync();
        return new ProblemOutcome(ProblemOutcomeKind.Done, problem);
    }

    private string? TextProblem(Problem problem, ProblemMove move, string text) => move switch
    {
        ProblemMove.Answer when text.Length == 0 => t["请填写答复内容"].Value,
        ProblemMove.Answer when text.Length > 2000 => t["答复内容不超过2000字"].Value,
        ProblemMove.Escalate when text.Length == 0 => t["请填写提级督办的原因"].Value,
        ProblemMove.Escalate when (problem.Detail?.Length ?? 0) + EscalationNote(text).Length > 2000 => t["提级原因过长，问题描述合计不超过2000字"].Value,
        _ => null,
    };

    private void Apply(Problem problem, ProblemMove move, string text)
    {
        problem.State = ProblemRules.Target(move);
        switch (move)
        {
            case ProblemMove.Answer:
                problem.Answer = text;
                break;
            case ProblemMove.Resolve:
                problem.ResolvedOn = Today;
                break;
            case ProblemMove.Reopen:
                problem.ResolvedOn = null;
                break;
            default:
                problem.Detail = string.IsNullOrEmpty(problem.Detail) ? EscalationNote(text).TrimStart() : problem.Detail + EscalationNote(text);
                break;
        }
    }

    // Stored in Chinese whatever the user's language: the record is read by everyone in the cycle.
    private string EscalationNote(string reason) =>
        $"\n【提级督办 {Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {db.Scope.UserName}】{reason}";
}
