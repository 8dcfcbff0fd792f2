using System.Security.Cryptography;

namespace Ballast.Web.Common;

/// <summary>SHA-256 of a file, and the <c>FILE.sha256</c> beside it in <c>sha256sum</c>'s format, so
/// that a copy moved elsewhere can be checked with standard tools too.</summary>
public static class FileDigest
{
    public static async Task<string> Sha256Async(string path)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file));
    }

    public static async Task<string> WriteBesideAsync(string path)
    {
        var digest = await Sha256Async(path);
        await File.WriteAllTextAsync(path + ".sha256", $"{digest}  {Path.GetFileName(path)}\n");
        return digest;
    }

    /// <summary>Null when there is no digest beside the file; otherwise whether the file still matches it.</summary>
    public static async Task<bool?> MatchesAsync(string path)
    {
        var beside = path + ".sha256";
        if (!File.Exists(beside))
        {
            return null;
        }
        var expected = (await File.ReadAllTextAsync(beside)).Split(' ', 2)[0].Trim();
        return string.Equals(expected, await Sha256Async(path), StringComparison.OrdinalIgnoreCase);
    }
}
