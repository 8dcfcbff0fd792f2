namespace Ballast.Web.Features.Organisation;

/// <summary>The roles Ballast knows. System, security and audit administration are held by
/// different people (三员分立): no user may hold two of them.</summary>
public static class Roles
{
    public const string SystemAdmin = nameof(SystemAdmin);
    public const string SecurityAdmin = nameof(SecurityAdmin);
    public const string Auditor = nameof(Auditor);
    public const string ProgrammeOffice = nameof(ProgrammeOffice);
    public const string DepartmentStaff = nameof(DepartmentStaff);
    public const string DistrictStaff = nameof(DistrictStaff);
    public const string ParkOperator = nameof(ParkOperator);
    public const string CityLeader = nameof(CityLeader);

    public static readonly IReadOnlyList<string> All =
        [SystemAdmin, SecurityAdmin, Auditor, ProgrammeOffice, DepartmentStaff, DistrictStaff, ParkOperator, CityLeader];

    /// <summary>The three separated administrator roles.</summary>
    public static readonly IReadOnlyList<string> Separated = [SystemAdmin, SecurityAdmin, Auditor];

    /// <summary>Roles whose holders read every unit's records (the explicit scope bypass): the
    /// office and leaders steer the whole city, and a department follows its chain or policy
    /// across districts.</summary>
    public static readonly IReadOnlyList<string> CityWideReaders = [ProgrammeOffice, CityLeader, DepartmentStaff];

    /// <summary>Roles whose holders may change any unit's records.</summary>
    public static readonly IReadOnlyList<string> CityWideWriters = [ProgrammeOffice];

    /// <summary>Chinese display name; the localizer gives the English one.</summary>
    public static string DisplayName(string role) => role switch
    {
        SystemAdmin => "系统管理员",
        SecurityAdmin => "安全管理员",
        Auditor => "安全审计员",
        ProgrammeOffice => "领导小组办公室",
        DepartmentStaff => "部门人员",
        DistrictStaff => "区市人员",
        ParkOperator => "园区运营人员",
        CityLeader => "市级领导",
        _ => role,
    };

    /// <summary>Returns a problem (Chinese) when the set of roles breaks the separation of duties: an
    /// administrator holds that one role and nothing else, so no account merges two duties or
    /// reviews its own business work.</summary>
    public static string? SeparationProblem(IEnumerable<string> roles)
    {
        var all = roles.Distinct(StringComparer.Ordinal).ToList();
        return all.Count > 1 && all.Any(Separated.Contains)
            ? "系统管理员、安全管理员、安全审计员须由不同人员担任，且不得兼任其他角色" : null;
    }
}
