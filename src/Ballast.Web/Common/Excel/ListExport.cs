using System.Data;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using Ballast.Web.Common.Formatting;

namespace Ballast.Web.Common.Excel;

/// <summary>Writes exactly the rows a list shows as .xlsx.</summary>
public static class ListExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<FileStreamResult> XlsxAsync<TRow>(IEnumerable<TRow> rows, IReadOnlyList<ExportColumn<TRow>> columns, string fileName)
    {
        // A table rather than dictionaries, so that an empty list still gets its header row.
        using var table = new DataTable();
        foreach (var c in columns)
        {
            table.Columns.Add(c.Header, c.Type);
        }
        foreach (var r in rows)
        {
            table.Rows.Add([.. columns.Select(c => c.Value(r) ?? DBNull.Value)]);
        }
        var stream = new MemoryStream();
        await stream.SaveAsAsync(table);
        stream.Position = 0;
        return new FileStreamResult(stream, ContentType) { FileDownloadName = fileName };
    }

    public static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static decimal? Yi(decimal? wan) => wan is { } w ? Amounts.YiValue(w) : null;
}
