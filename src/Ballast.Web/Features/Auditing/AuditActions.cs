namespace Ballast.Web.Features.Auditing;

public static class AuditActions
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignOut = "SignOut";
    public const string PasswordChanged = "PasswordChanged";
    public const string PasswordReset = "PasswordReset";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string TwoFactorReset = "TwoFactorReset";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";
    public const string SessionRevoked = "SessionRevoked";
    public const string UserDisabled = "UserDisabled";
    public const string UserEnabled = "UserEnabled";
}
