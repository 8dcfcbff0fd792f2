using Microsoft.AspNetCore.Identity;

namespace Ballast.Web.Features.Organisation;

public sealed class AppRole : IdentityRole<int>
{
}
