namespace Ballast.Web.Features.Programme;

/// <summary>What may happen to a supervision item once it is issued.</summary>
public enum SupervisionMove
{
    Acknowledge,
    Report,
    Return,
    Close,
    Chase,
    RequestExtension,
    GrantExtension,
    DeclineExtension,
}
