using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Auth;

/// <summary>Which role holds which function: the matrix docs/security.md declares and the
/// authorisation tests try, endpoint by endpoint and role by role.</summary>
public static class FunctionMatrix
{
    private static readonly string[] BusinessRoles =
        [Roles.ProgrammeOffice, Roles.DepartmentStaff, Roles.DistrictStaff, Roles.ParkOperator];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Holders =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [Policies.BusinessWrite] = BusinessRoles,
            [Policies.ProgrammeManage] = [Roles.ProgrammeOffice],
            [Policies.ManageReference] = [Roles.SystemAdmin],
            [Policies.ManageUsers] = [Roles.SecurityAdmin],
            [Policies.Audit] = [Roles.Auditor],
            [Policies.Own] = Roles.All,
        };

    public static bool Holds(string role, string function) =>
        Holders.TryGetValue(function, out var roles) && roles.Contains(role);

    /// <summary>Whether any of these roles may change business records at all.</summary>
    public static bool WritesBusiness(IEnumerable<string> roles) => roles.Any(r => Holds(r, Policies.BusinessWrite));
}
