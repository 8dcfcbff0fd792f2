using System.Globalization;

namespace Ballast.Web.Common.Uploads;

/// <summary>File names as users send them: checked, kept for display only, and shown safely in messages.</summary>
public static class UploadNames
{
    /// <summary>The name without any folders a client sent with it (old browsers send C:\…\a.pdf).</summary>
    public static string BaseName(string name)
    {
        var slash = name.LastIndexOfAny(['/', '\\']);
        return name[(slash + 1)..].Trim();
    }

    /// <summary>Control characters and the invisible marks that reorder text (U+202E shows "xcod.pdf" as
    /// "fdp.docx") have no place in a file name: refused rather than shown misleadingly.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>The name for a message: unsafe characters as �, at most 60 characters.</summary>
    public static string ForMessage(string? name)
    {
        var shown = new string([.. (name ?? "").Select(c => IsUnsafe(c) ? '\uFFFD' : c)]);
        return shown.Length <= 60 ? shown : shown[..57] + "…";
    }

    /// <summary>A name for a download's filename*: no characters a file system refuses, at most 120 long,
    /// always ending in the kind's extension.</summary>
    public static string ForDownload(string name, string extension)
    {
        var cleaned = new string([.. BaseName(name).Select(c => IsUnsafe(c) || "<>:\"/\\|?*".Contains(c) ? '_' : c)]).Trim(' ', '.');
        var stem = cleaned.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? cleaned[..^extension.Length] : cleaned;
        stem = stem.Length > 120 ? stem[..120] : stem;
        return (stem.Length == 0 ? "file" : stem) + extension;
    }
}
