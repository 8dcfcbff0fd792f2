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
    /// Every row is held in memory; an import reads through <see cref="Open"/> instead.
    /// </summary>
    /// <exception cref="ArgumentException">The specs contradict each other (a programming error).</exception>
    public static ParsedSheet Read(
        Stream stream,
        IReadOnlyList<ColumnSpec> specs,
        SheetReadOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        using var sheet = Open(stream, specs, options, progress, cancellationToken);
        return sheet.ReadAll();
    }

    /// <summary>
    /// Opens the sheet for one streamed pass. Never throws for a bad file: what is wrong with it is in
    /// <see cref="SheetRows.Errors"/>. A sheet with more data rows than <see cref="SheetReadOptions.MaxRows"/>
    /// is refused here, before any row is typed. A non-seekable stream is copied into memory first
    /// (MiniExcel and the hash both need to seek).
    /// </summary>
    /// <exception cref="ArgumentException">The specs contradict each other (a programming error).</exception>
    public static SheetRows Open(
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
        var bare = new ParsedSheet { FileSha256 = sha };

        if (FormatError(input) is { } formatError)
        {
            return SheetRows.Failed(bare, formatError);
        }

        try
        {
            return OpenWorkbook(input, new SheetParseFactory(sha, specs, lookup, options, progress, cancellationToken));
        }
        catch (WorkbookTooLargeException)
        {
            return SheetRows.Failed(bare, ArchiveCheck.TooLarge);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            Log(options, e);
            return SheetRows.Failed(bare, Unreadable);
        }
    }

    private static SheetRows OpenWorkbook(Stream input, SheetParseFactory parses)
    {
        var bare = new ParsedSheet { FileSha256 = parses.Sha };
        var package = Normalise(input, parses.Options, out var refusal, out var mostRows);
        if (package is null)
        {
            return SheetRows.Failed(bare, refusal!);
        }

        IEnumerator<object?[]>? rows = null;
        try
        {
            var names = MiniExcel.GetSheetNames(package, Config);
            var sheetName = parses.Options.SheetName ?? names.FirstOrDefault();
            if (sheetName is null || !names.Contains(sheetName))
            {
                package.Dispose();
                return SheetRows.Failed(bare, parses.Options.SheetName is null
                    ? "文件中没有工作表"
                    : $"找不到工作表「{parses.Options.SheetName}」，文件中的工作表：{string.Join("、", names)}");
            }

            // Rows holding a value bound the data rows: only a sheet past the limit by that bound is counted first.
            if (mostRows > parses.Options.MaxRows && TooMany(package, sheetName, parses) is { } refused)
            {
                package.Dispose();
                return refused;
            }

            var parse = parses.Create(sheetName);
            rows = Query(package, sheetName).GetEnumerator();
            var head = parse.Start(rows);
            return new SheetRows(head, Guard(parse.Data(rows), parse.Errors, parses.Options), parse.Errors, parse.Skipped, rows, package);
        }
        catch
        {
            rows?.Dispose();
            package.Dispose();
            throw;
        }
    }

    /// <summary>Counts the data rows without typing them; the refusal when there are too many.</summary>
    private static SheetRows? TooMany(MemoryStream package, string sheetName, SheetParseFactory parses)
    {
        var count = parses.Create(sheetName, counting: true);
        using var rows = Query(package, sheetName).GetEnumerator();
        var head = count.Start(rows);
        return count.Errors.Count == 0 && count.ExceedsLimit(rows) ? SheetRows.Failed(head, count.TooMany) : null;
    }

    private static IEnumerable<object?[]> Query(MemoryStream package, string sheetName)
    {
        package.Position = 0;
        return MiniExcel.Query(package, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: Config)
            .Cast<IDictionary<string, object?>>()
            .Select(ToCells);
    }

    /// <summary>A file that breaks off halfway is a sheet error, met where it breaks.</summary>
    private static IEnumerable<ParsedRow> Guard(IEnumerable<ParsedRow> rows, List<string> errors, SheetReadOptions options)
    {
        using var e = rows.GetEnumerator();
        while (true)
        {
            var more = false;
            try
            {
                more = e.MoveNext();
            }
            catch (WorkbookTooLargeException)
            {
                errors.Add(ArchiveCheck.TooLarge);
            }
            catch (Exception ex) when (IsUnreadable(ex))
            {
                Log(options, ex);
                errors.Add(Unreadable);
            }

            if (!more)
            {
                yield break;
            }

            yield return e.Current;
        }
    }

    /// <summary>Damaged zips and XML surface from the framework and MiniExcel as many exception types;
    /// at this boundary they all mean "cannot read".</summary>
    private static bool IsUnreadable(Exception e) =>
        e is not (OperationCanceledException or OutOfMemoryException or InsufficientExecutionStackException or WorkbookTooLargeException);

    /// <summary>Only the type is logged: messages may quote the file.</summary>
    private static void Log(SheetReadOptions options, Exception e)
    {
        if (e is not (InvalidDataException or XmlException))
        {
            options.Logger?.LogWarning("Unreadable workbook: {ExceptionType} at {Site}", e.GetType().FullName, e.TargetSite?.Name);
        }
    }

    /// <summary>Refuses hostile archives from the central directory alone, then rebuilds the workbook within the byte cap.</summary>
    private static MemoryStream? Normalise(Stream input, SheetReadOptions options, out string? refusal, out int mostRows)
    {
        using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        refusal = ArchiveCheck.Refusal(zip, options);
        mostRows = 0;
        var package = refusal is null ? WorkbookPackage.Normalise(zip, options.MaxUncompressedBytes, out mostRows) : null;
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
