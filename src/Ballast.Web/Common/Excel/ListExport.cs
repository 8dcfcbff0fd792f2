using System.Data;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using Ballast.Web.Common.Formatting;
using Ballast.Web.Common.Text;

namespace Ballast.Web.Common.Excel;

/// <summary>Writes exactly the rows a list shows as .xlsx, every one of them: the rows stream from
/// the query into a temporary file (deleted once sent), so memory stays flat whatever the count.
/// Every text cell goes through <see cref="FormulaText"/>: no stored text becomes a formula.</summary>
public static class ListExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static Task<FileStreamResult> XlsxAsync<TRow>(IEnumerable<TRow> rows, IReadOnlyList<ExportColumn<TRow>> columns, string fileName) =>
        XlsxAsync(rows.ToAsyncEnumerable(), columns, fileName);

    public static async Task<FileStreamResult> XlsxAsync<TRow>(IAsyncEnumerable<TRow> rows, IReadOnlyList<ExportColumn<TRow>> columns, string fileName,
        CancellationToken cancellationToken = default)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            await using (var e = rows.GetAsyncEnumerator(cancellationToken))
            {
                if (await e.MoveNextAsync())
                {
                    await file.SaveAsAsync(Cells(e, columns), cancellationToken: cancellationToken);
                }
                else
                {
                    // A table rather than rows, so that an empty list still gets its header row.
                    using var table = new DataTable();
                    foreach (var c in columns)
                    {
                        table.Columns.Add(c.Header, c.Type);
                    }
                    await file.SaveAsAsync(table, cancellationToken: cancellationToken);
                }
            }
            file.Position = 0;
            return new FileStreamResult(file, ContentType) { FileDownloadName = fileName };
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>Each row as its cells by header, starting from the row the enumerator stands on.</summary>
    private static async IAsyncEnumerable<IDictionary<string, object?>> Cells<TRow>(IAsyncEnumerator<TRow> e, IReadOnlyList<ExportColumn<TRow>> columns)
    {
        do
        {
            var cells = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
            foreach (var c in columns)
            {
                cells[c.Header] = FormulaText.Cell(c.Value(e.Current));
            }
            yield return cells;
        }
        while (await e.MoveNextAsync());
    }

    public static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static decimal? Yi(decimal? wan) => wan is { } w ? Amounts.YiValue(w) : null;
}
