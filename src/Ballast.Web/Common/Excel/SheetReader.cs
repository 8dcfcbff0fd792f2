using System.Security.Cryptography;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Ballast.Web.Common.Excel;

/// <summary>
/// Reads one worksheet of an uploaded .xlsx into typed rows against a set of column specs.
/// Streams the rows (MiniExcel); knows nothing of what the rows mean.
/// </summary>
public static class SheetReader
{
    private static readonly OpenXmlConfiguration Config = new() { FillMergedCells = true };

    /// <summary>
    /// Never throws for a bad file: what is wrong with it comes back in <see cref="ParsedSheet.Errors"/>.
    /// A non-seekable stream is copied into memory first (MiniExcel and the hash both need to seek).
    /// </summary>
    /// <exception cref="ArgumentException">The specs contradict each other (a programming error).</exception>
    public static ParsedSheet Read(
        Stream stream,
        IReadOnlyList<ColumnSpec> specs,
        SheetReadOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= SheetReadOptions.Default;
        var lookup = HeaderLocator.BuildLookup(specs);

        using var copy = stream.CanSeek ? null : new MemoryStream();
        if (copy is not null)
        {
            stream.CopyTo(copy);
        }

        var input = copy ?? stream;
        input.Position = 0;
        var sha = Convert.ToHexStringLower(SHA256.HashData(input));
        input.Position = 0;

        if (FormatError(input) is { } formatError)
        {
            return new ParsedSheet { FileSha256 = sha, Errors = [formatError] };
        }

        try
        {
            var names = MiniExcel.GetSheetNames(input, Config);
            input.Position = 0;
            var sheetName = options.SheetName ?? names.FirstOrDefault();
            if (sheetName is null || !names.Contains(sheetName))
            {
                var error = options.SheetName is null
                    ? "文件中没有工作表"
                    : $"找不到工作表「{options.SheetName}」，文件中的工作表：{string.Join("、", names)}";
                return new ParsedSheet { FileSha256 = sha, Errors = [error] };
            }

            var rows = MiniExcel.Query(input, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: Config)
                .Cast<IDictionary<string, object?>>()
                .Select(ToCells);
            return new SheetParse(sha, sheetName, specs, lookup, options, progress, cancellationToken).Run(rows);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException
                                      or NotSupportedException or FormatException or KeyNotFoundException
                                      or IndexOutOfRangeException or NullReferenceException)
        {
            // MiniExcel's ways of saying "this zip is not a workbook I can read".
            return new ParsedSheet { FileSha256 = sha, Errors = ["无法读取文件：文件已损坏，或不是 Excel 工作簿（.xlsx）"] };
        }
    }

    /// <summary>An .xlsx is a zip; an .xls (and an encrypted .xlsx) is an OLE compound file.</summary>
    private static string? FormatError(Stream input)
    {
        Span<byte> head = stackalloc byte[4];
        var n = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        input.Position = 0;
        if (n == 0)
        {
            return "文件为空";
        }

        if (n == 4 && head is [0x50, 0x4B, 0x03, 0x04])
        {
            return null;
        }

        return n == 4 && head is [0xD0, 0xCF, 0x11, 0xE0]
            ? "文件是旧版 Excel（.xls）格式或已加密，请在 Excel 中另存为 .xlsx（并取消密码）后再上传"
            : "文件不是 Excel 工作簿（.xlsx），请上传 .xlsx 文件";
    }

    private static object?[] ToCells(IDictionary<string, object?> row)
    {
        var cells = new object?[row.Count];
        foreach (var (letters, value) in row)
        {
            var i = ColumnLetters.ToIndex(letters);
            if (i >= 0 && i < cells.Length)
            {
                cells[i] = value;
            }
        }

        return cells;
    }
}
