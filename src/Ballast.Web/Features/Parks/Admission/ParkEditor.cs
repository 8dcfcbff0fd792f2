using System.Security.Claims;
using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Parks;

/// <summary>Who is asking, as far as a park's own settings go: the programme office, or an operator of that park.</summary>
public sealed record ParkEditor(bool ProgrammeOffice, bool ParkOperator)
{
    public static ParkEditor Of(ClaimsPrincipal user) => new(user.IsInRole(Roles.ProgrammeOffice), user.IsInRole(Roles.ParkOperator));

    /// <summary>The system itself (demo seeding, commands) acts as the office.</summary>
    public static readonly ParkEditor System = new(true, false);

    public bool May(Park park, UserScope scope) =>
        ProgrammeOffice ? scope.CanWrite(park.OwnerUnitId) : ParkOperator && scope.UnitIds.Contains(park.UnitId) && scope.CanWrite(park.OwnerUnitId);
}
