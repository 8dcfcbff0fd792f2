using System.IO.Compression;
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
    private const string Unreadable = "无法读取文件：文件已损坏，或不是 Excel 工作簿（.xlsx）";

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
            return ReadWorkbook(input, sha, specs, lookup, options, progress, cancellationToken);
        }
        catch (WorkbookTooLargeException)
        {
            return new ParsedSheet { FileSha256 = sha, Errors = [ArchiveCheck.TooLarge] };
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            // Damaged zips and XML surface from the framework and MiniExcel as many exception types; at this
            // boundary they all mean "cannot read". Only the type is logged: messages may quote the file.
            if (e is not (InvalidDataException or XmlException))
            {
                options.Logger?.LogWarning("Unreadable workbook: {ExceptionType} at {Site}", e.GetType().FullName, e.TargetSite?.Name);
            }

            return new ParsedSheet { FileSha256 = sha, Errors = [Unreadable] };
        }
    }

    private static ParsedSheet ReadWorkbook(
        Stream input,
        string sha,
        IReadOnlyList<ColumnSpec> specs,
        IReadOnlyDictionary<string, ColumnSpec> lookup,
        SheetReadOptions options,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        using var package = Normalise(input, options, out var refusal);
        if (package is null)
        {
            return new ParsedSheet { FileSha256 = sha, Errors = [refusal!] };
        }

        var names = MiniExcel.GetSheetNames(package, Config);
        package.Position = 0;
        var sheetName = options.SheetName ?? names.FirstOrDefault();
        if (sheetName is null || !names.Contains(sheetName))
        {
            var error = options.SheetName is null
                ? "文件中没有工作表"
                : $"找不到工作表「{options.SheetName}」，文件中的工作表：{string.Join("、", names)}";
            return new ParsedSheet { FileSha256 = sha, Errors = [error] };
        }

        var rows = MiniExcel.Query(package, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: Config)
            .Cast<IDictionary<string, object?>>()
            .Select(ToCells);
        return new SheetParse(sha, sheetName, specs, lookup, options, progress, cancellationToken).Run(rows);
    }

    /// <summary>Refuses hostile archives from the central directory alone, then rebuilds the workbook within the byte cap.</summary>
    private static MemoryStream? Normalise(Stream input, SheetReadOptions options, out string? refusal)
    {
        using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        refusal = ArchiveCheck.Refusal(zip, options);
        var package = refusal is null ? WorkbookPackage.Normalise(zip, options.MaxUncompressedBytes) : null;
        refusal ??= package is null ? ArchiveCheck.MissingParts : null;
        return package;
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
