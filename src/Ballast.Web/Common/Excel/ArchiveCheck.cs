using System.IO.Compression;

namespace Ballast.Web.Common.Excel;

/// <summary>
/// Looks at the zip's central directory before anything is inflated: junk-filled, bomb-sized or
/// path-traversing archives are refused here, so MiniExcel only ever sees a plausible workbook.
/// </summary>
internal static class ArchiveCheck
{
    public const string TooManyEntries = "文件中的压缩条目过多，不是正常的 Excel 工作簿";
    public const string TooLarge = "文件解压后过大（可能是压缩炸弹），请检查文件或拆分后再上传";
    public const string UnsafeName = "文件中含有不安全的路径，已拒绝读取";
    public const string MissingParts = "文件缺少 Excel 工作簿的必需部分（工作簿或工作表），可能已损坏";

    public static string? Refusal(ZipArchive zip, SheetReadOptions options)
    {
        if (zip.Entries.Count > options.MaxArchiveEntries)
        {
            return TooManyEntries;
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (!IsSafeName(entry.FullName))
            {
                return UnsafeName;
            }

            var size = entry.Length;
            total += Math.Max(size, 0);
            if (size < 0 || size > options.MaxUncompressedBytes || total > options.MaxUncompressedBytes || IsBomb(entry, options))
            {
                return TooLarge;
            }
        }

        return Has(zip, "[Content_Types].xml") && Has(zip, "xl/workbook.xml") ? null : MissingParts;
    }

    private static bool IsBomb(ZipArchiveEntry entry, SheetReadOptions options) =>
        entry.Length > options.RatioCheckMinBytes && entry.Length > entry.CompressedLength * options.MaxCompressionRatio;

    /// <summary>No "..", no rooted or drive paths, no control characters: a name must stay inside the package.</summary>
    internal static bool IsSafeName(string name) =>
        name.Length > 0
        && name[0] is not ('/' or '\\')
        && !(name.Length > 1 && char.IsAsciiLetter(name[0]) && name[1] == ':')
        && !name.Any(c => char.IsControl(c))
        && !name.Split('/', '\\').Contains("..");

    private static bool Has(ZipArchive zip, string name) =>
        zip.Entries.Any(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
}
