namespace Ballast.Web.Features.Compendium;

/// <summary>A firm's standing against a policy's conditions, with one reason per condition in the policy's order.</summary>
public sealed record FirmVerdict(Verdict Verdict, IReadOnlyList<ConditionReason> Reasons)
{
    public static Verdict Of(IEnumerable<ConditionOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Contains(ConditionOutcome.Missed) ? Verdict.NotEligible
            : list.Contains(ConditionOutcome.Unknown) ? Verdict.NeedsChecking : Verdict.Eligible;
    }
}
