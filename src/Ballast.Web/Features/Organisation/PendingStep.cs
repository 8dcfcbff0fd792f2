namespace Ballast.Web.Features.Organisation;

/// <summary>A step a signed-in user must take before the rest of Ballast opens.</summary>
public enum PendingStep
{
    /// <summary>The password is temporary or older than the policy allows.</summary>
    ChangePassword,

    /// <summary>An administrator has no second factor yet.</summary>
    EnrolTwoFactor,
}
