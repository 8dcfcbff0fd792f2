using System.Security.Cryptography;
using Ballast.Web.Common.Excel;
using MiniExcelLibs;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>Keeps an uploaded file between its preview and its commit (named by its hash, so the
/// commit reads exactly the bytes that were previewed), and writes templates and error reports.</summary>
public static class ImportFiles
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "ballast-imports");

    public static async Task<(byte[] Bytes, string Hash)> ReadAsync(IFormFile file)
    {
        // One copy of the upload, sized by the form (the host caps the body).
        await using var stream = file.OpenReadStream();
        var bytes = new byte[file.Length];
        await stream.ReadExactlyAsync(bytes);
        return (bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public static async Task KeepAsync(string hash, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(Path.Combine(Folder, hash + ".xlsx"), bytes);
    }

    public static async Task<byte[]?> LoadAsync(string hash)
    {
        if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            return null;
        }
        var path = Path.Combine(Folder, hash + ".xlsx");
        return File.Exists(path) ? await File.ReadAllBytesAsync(path) : null;
    }

    /// <summary>The platform's own template: its headers, one example row, and a sheet of notes.</summary>
    public static async Task<byte[]> TemplateAsync(IReadOnlyList<ColumnSpec> specs, Dictionary<string, object?> example, IReadOnlyList<string> notes)
    {
        var row = specs.ToDictionary(
            s => s.Title + (s.Kind == ColumnKind.Amount ? "（万元）" : "") + (s.Required ? "*" : ""),
            s => example.GetValueOrDefault(s.Key));
        var sheets = new Dictionary<string, object>
        {
            ["填报"] = new[] { row },
            ["说明"] = notes.Select(n => new Dictionary<string, object?> { ["说明"] = n }).ToArray(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets);
        return stream.ToArray();
    }

    /// <summary>Every rejected row with its number, name and reasons.</summary>
    public static async Task<byte[]> ErrorReportAsync(ImportPreview preview)
    {
        var rows = preview.Rows.Where(r => r.Action == RowAction.Reject).Select(r => new Dictionary<string, object?>
        {
            ["行号"] = r.RowNumber, ["项目"] = r.Name, ["问题"] = string.Join("；", r.Problems),
        }).ToList();
        foreach (var e in preview.SheetErrors)
        {
            rows.Insert(0, new Dictionary<string, object?> { ["行号"] = null, ["项目"] = null, ["问题"] = e });
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows);
        return stream.ToArray();
    }
}
