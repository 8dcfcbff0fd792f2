using Microsoft.AspNetCore.Identity;

namespace Ballast.Web.Features.Organisation;

public sealed class AppUser : IdentityUser<int>
{
    public required string DisplayName { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}
