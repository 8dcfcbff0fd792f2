namespace Ballast.Web.Features.Organisation;

/// <summary>The password rules (section <c>Auth:Password</c>). The defaults are those of GB/T 22239-2019
/// level 3 as assessors read them: ten characters from at least three of four classes, changed every
/// 90 days, not one of the last five.</summary>
public sealed class PasswordPolicy
{
    public const string Section = "Auth:Password";

    public int MinLength { get; set; } = 10;

    /// <summary>How many of upper case, lower case, digits and symbols a password must mix (1–4).</summary>
    public int RequiredClasses { get; set; } = 3;

    /// <summary>Days after which the password must be changed at the next sign-in; 0 = never.</summary>
    public int MaxAgeDays { get; set; } = 90;

    /// <summary>How many recent passwords (the current one included) a new one may not repeat.</summary>
    public int HistoryCount { get; set; } = 5;

    /// <summary>A user name this short is not looked for inside the password.</summary>
    public const int ShortestNameChecked = 3;

    public bool IsExpired(AppUser user, DateTimeOffset now) =>
        user.MustChangePassword || user.PasswordChangedAt is not { } at
        || (MaxAgeDays > 0 && now.UtcDateTime - DateTime.SpecifyKind(at, DateTimeKind.Utc) >= TimeSpan.FromDays(MaxAgeDays));

    /// <summary>When the password expires; null when it never does.</summary>
    public DateTime? ExpiresAt(AppUser user) =>
        MaxAgeDays > 0 && user.PasswordChangedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc).AddDays(MaxAgeDays) : null;

    /// <summary>How many of the four classes the text mixes.</summary>
    public static int ClassesIn(string password) =>
        (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0)
        + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
}
