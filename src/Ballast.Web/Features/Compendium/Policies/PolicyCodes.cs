using System.Security.Cryptography;

namespace Ballast.Web.Features.Compendium;

/// <summary>The public code of a policy (/p/{Code}, printed under its QR code): six characters read aloud
/// or typed from paper without doubt, so none of 0/O, 1/I/L.</summary>
public static class PolicyCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 6;

    public static string Next() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(Alphabet.Contains);
}
