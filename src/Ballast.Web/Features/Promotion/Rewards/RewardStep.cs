namespace Ballast.Web.Features.Promotion;

/// <summary>The actions on a reward case, in order.</summary>
public enum RewardStep
{
    Investment,
    Confirmation,
    Notice,
    Objection,
    Payment,
    Reopen,
}
