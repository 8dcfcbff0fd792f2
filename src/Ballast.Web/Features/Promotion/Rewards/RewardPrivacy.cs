using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Promotion;

/// <summary>The referrer's ID number or USCC is private: whole only to the owner unit's own people, masked to everyone
/// else and in every export.</summary>
public static class RewardPrivacy
{
    public static string? Shown(string? idNumber, int ownerUnitId, UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.UnitIds.Contains(ownerUnitId) ? idNumber : Mask(idNumber);
    }

    /// <summary>The first three and last two characters, the rest starred: 370***********12.</summary>
    public static string? Mask(string? idNumber) => idNumber switch
    {
        null or "" => null,
        { Length: <= 5 } s => new string('*', s.Length),
        var s => s[..3] + new string('*', s.Length - 5) + s[^2..],
    };
}
