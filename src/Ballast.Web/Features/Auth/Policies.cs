namespace Ballast.Web.Features.Auth;

/// <summary>The functions (职能) Ballast authorises by. Every write endpoint and page handler declares
/// one; <see cref="FunctionMatrix"/> says which roles hold it. The three administrators hold only
/// their own function (三员分立), so none of them can change business records.</summary>
public static class Policies
{
    /// <summary>业务办理: projects, lists, problems, monthly figures, indicator updates, imports.</summary>
    public const string BusinessWrite = nameof(BusinessWrite);
    /// <summary>统筹管理: the programme office's own moves (open months, reopen, decide, issue, assess).</summary>
    public const string ProgrammeManage = nameof(ProgrammeManage);
    /// <summary>系统管理: units and reference data.</summary>
    public const string ManageReference = nameof(ManageReference);
    /// <summary>安全管理: users, roles and their units.</summary>
    public const string ManageUsers = nameof(ManageUsers);
    /// <summary>安全审计: reading and verifying the audit trail.</summary>
    public const string Audit = nameof(Audit);
    /// <summary>本人事务: anyone signed in, for their own account (sign out, password, sessions).</summary>
    public const string Own = nameof(Own);

    public static readonly IReadOnlyList<string> All = [BusinessWrite, ProgrammeManage, ManageReference, ManageUsers, Audit, Own];

    /// <summary>Chinese display name; the localizer gives the English one.</summary>
    public static string DisplayName(string function) => function switch
    {
        BusinessWrite => "业务办理",
        ProgrammeManage => "统筹管理",
        ManageReference => "系统管理",
        ManageUsers => "安全管理",
        Audit => "安全审计",
        Own => "本人事务",
        _ => function,
    };
}
