namespace Ballast.Bench.Http;

/// <summary>The bench user's name and current password; the password changes once, at the first sign-in.</summary>
public sealed class BenchAccount(string user)
{
    public string User { get; } = user;

    /// <summary>Starts as the temporary password given to <c>users add</c>.</summary>
    public string Password { get; set; } = NewPassword();

    /// <summary>Long, of every character class, and never containing the user name (the policy refuses that).</summary>
    public static string NewPassword() => $"Runner-{Guid.NewGuid():N}-a1!";
}
