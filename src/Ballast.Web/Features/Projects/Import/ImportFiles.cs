using System.Security.Cryptography;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Text;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>Reads an upload through the inspector, keeps it between its preview and its commit (named by its
/// hash, so the commit reads exactly the bytes that were previewed), and writes templates and error reports.</summary>
public static class ImportFiles
{
    /// <summary>The upload, once the inspector has passed it: its bytes and their hash, or why it was refused.</summary>
    public static async Task<(byte[]? Bytes, string? Hash, UploadRefusal? Refusal)> ReadAsync(IFormFile? file, UploadInspector inspector,
        CancellationToken cancellationToken)
    {
        var inspection = await inspector.InspectAsync(file, UploadPurpose.Import, cancellationToken);
        return inspection.Passed
            ? (inspection.Upload.Content, Convert.ToHexStringLower(SHA256.HashData(inspection.Upload.Content)), null)
            : (null, null, inspection.Refusal);
    }

    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>Keeps the previewed bytes in the database (any instance may take the commit) and
    /// drops what was kept more than a day ago.</summary>
    public static async Task KeepAsync(AppDbContext db, string hash, byte[] bytes)
    {
        var now = db.Time.GetUtcNow().UtcDateTime;
        await db.KeptUploads.Where(u => u.KeptAt < now - KeptFor || u.Hash == hash).ExecuteDeleteAsync();
        db.KeptUploads.Add(new KeptUpload { Hash = hash, Content = bytes, KeptAt = now });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    public static async Task<byte[]?> LoadAsync(AppDbContext db, string hash)
    {
        if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            return null;
        }
        return await db.KeptUploads.AsNoTracking().Where(u => u.Hash == hash).Select(u => u.Content).FirstOrDefaultAsync();
    }

    /// <summary>The platform's own template: its headers, one example row, and a sheet of notes.</summary>
    public static async Task<byte[]> TemplateAsync(IReadOnlyList<ColumnSpec> specs, Dictionary<string, object?> example, IReadOnlyList<string> notes)
    {
        var row = specs.ToDictionary(
            s => s.Title + (s.Kind == ColumnKind.Amount ? "（万元）" : "") + (s.Required ? "*" : ""),
            s => FormulaText.Cell(example.GetValueOrDefault(s.Key)));
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
            // Names and reasons quote the uploaded cells: neutralised like every export.
            ["行号"] = r.RowNumber, ["项目"] = FormulaText.Cell(r.Name), ["问题"] = FormulaText.Neutralise(string.Join("；", r.Problems)),
        }).ToList();
        foreach (var e in preview.SheetErrors)
        {
            rows.Insert(0, new Dictionary<string, object?> { ["行号"] = null, ["项目"] = null, ["问题"] = FormulaText.Neutralise(e) });
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows);
        return stream.ToArray();
    }
}
