using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Ballast.Bench.Databases;
using Ballast.Bench.Http;
using Ballast.Bench.Measures;
using Ballast.Bench.Output;

namespace Ballast.Bench;

public sealed partial class EngineRun
{
    private List<string>? _districts;
    private List<string>? _chains;

    /// <summary>The import on a server process of its own (started, signed in, the import path warmed by a
    /// 3-row file), so that the peak resident memory after it is the import's.</summary>
    private async Task ImportAsync(BenchDatabase db)
    {
        Say("import: a fresh server process");
        await using var server = await StartAppAsync(db);
        using var session = await BenchSession.SignInAsync(server.Address, _account);
        await PostImportAsync(session, await ImportFileAsync(db, 3, "warm"), 3);
        var file = await ImportFileAsync(db, options.Rows, "main");
        Say($"import of {options.Rows} rows");
        var before = server.Memory();
        var ms = await PostImportAsync(session, file, options.Rows);
        var after = server.Memory();
        server.EnsureAlive();
        var (parse, insert) = await ImportFloor.MeasureAsync(db, file);
        var rows = options.Rows.ToString("N0", CultureInfo.InvariantCulture);
        _rows.Add(Rows.Time($"import of {rows} rows (template shape)", ms, parse + insert,
            $"MiniExcel read {Rows.Ms(parse)} + one-transaction insert {Rows.Ms(insert)}", 2));
        _rows.Add(Rows.Absolute($"import of {rows} rows: extra server memory (VmHWM after − VmRSS before)", after.Peak - before.Rss, "MB",
            string.Create(CultureInfo.InvariantCulture, $"resident before {before.Rss:N0} MB, after {after.Rss:N0} MB"), null, 200));
        _notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"import memory: peak resident size before the import was {before.Peak:N0} MB; when it exceeds the resident size, the extra is an upper bound"));
    }

    private async Task<byte[]> ImportFileAsync(BenchDatabase db, int rows, string tag)
    {
        _districts ??= await db.StringsAsync("SELECT \"Name\" FROM \"Units\" WHERE \"Kind\" = 'District' AND \"IsActive\" = TRUE ORDER BY \"Id\"");
        _chains ??= await db.StringsAsync("SELECT \"Name\" FROM \"Chains\" ORDER BY \"Id\"");
        if (_districts.Count == 0)
        {
            throw new BenchFailedException("no active districts to import projects into");
        }
        return ImportFile.Create(rows, _districts, _chains, tag);
    }

    /// <summary>POST /api/projects/import; fails unless every row was imported. Returns the milliseconds.</summary>
    private static async Task<double> PostImportAsync(BenchSession session, byte[] file, int expected)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", "bench-import.xlsx");
        var start = Stopwatch.GetTimestamp();
        using var response = await session.Api.PostAsync(new Uri("/api/projects/import", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        await Check.OkAsync(response, "POST /api/projects/import");
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var written = root.GetProperty("created").GetInt32() + root.GetProperty("updated").GetInt32();
        if (!root.GetProperty("committed").GetBoolean() || written != expected)
        {
            throw new BenchFailedException($"the import wrote {written} of {expected} rows: {body[..Math.Min(body.Length, 800)]}");
        }
        return ms;
    }
}
