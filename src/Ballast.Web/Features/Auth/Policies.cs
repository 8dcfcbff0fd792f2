
namespace Ballast.Web.Features.Auth;

public static class Policies
{
    public const string Audit = nameof(Audit);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ManageReference = nameof(ManageReference);
}
