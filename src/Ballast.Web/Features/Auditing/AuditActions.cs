namespace Ballast.Web.Features.Auditing;

public static class AuditActions
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignOut = "SignOut";
    /// <summary>A signed-in user was refused a function they do not hold.</summary>
    public const string Denied = "Denied";
    /// <summary>The audit trail was read or verified.</summary>
    public const string Read = "Read";
    public const string Verify = "Verify";
    public const string PasswordChanged = "PasswordChanged";
    public const string PasswordReset = "PasswordReset";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string TwoFactorReset = "TwoFactorReset";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";
    public const string SessionRevoked = "SessionRevoked";
    public const string UserDisabled = "UserDisabled";
    public const string UserEnabled = "UserEnabled";
    public const string Archive = "Archive";
}
