using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auditing;

/// <summary>An archive of audit entries as JSON lines: a header, then one entry a line with every
/// column and both hashes, so that the file can be checked with nothing but itself.</summary>
public static class AuditArchiveFile
{
    private const int Batch = 2000;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Chinese stays readable for the auditor who opens the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the header's entries to <paramref name="path"/>, all or nothing (a partial
    /// file never carries the final name).</summary>
    public static async Task WriteAsync(AppDbContext db, AuditArchiveHeader header, string path, CancellationToken ct = default)
    {
        var part = path + ".part";
        await using (var stream = new FileStream(part, FileMode.CreateNew, FileAccess.Write))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(header, Json));
            for (var from = header.First; from <= header.Last; from += Batch)
            {
                var (lo, hi) = (from, Math.Min(header.Last, from + Batch - 1));
                foreach (var e in await db.AuditEntries.AsNoTracking().Where(e => e.Id >= lo && e.Id <= hi).OrderBy(e => e.Id).ToListAsync(ct))
                {
                    await writer.WriteLineAsync(JsonSerializer.Serialize(e, Json));
                }
            }
            await writer.FlushAsync(ct);
            stream.Flush(flushToDisk: true);
        }
        File.Move(part, path);
    }

    /// <summary>Checks the file alone: the header, then every line as the next link of the chain
    /// starting from the header's previous hash, then that it ends where the header says.</summary>
    public static async Task<AuditArchiveCheck> VerifyAsync(string path, CancellationToken ct = default)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = Parse<AuditArchiveHeader>(await reader.ReadLineAsync(ct));
        if (header is null || header.Format != AuditArchiveHeader.Kind)
        {
            return new(false, null, 0, 1, "line 1 is not the header of a Ballast audit archive");
        }
        var (expected, prev, line, count) = (header.First, header.PrevHash, 1, 0L);
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            line++;
            if (Parse<AuditEntry>(text) is not { } entry)
            {
                return new(false, header, count, line, $"line {line} is not an audit entry");
            }
            if (AuditLink.Problem(entry, expected, prev) is { } problem)
            {
                return new(false, header, count, line, problem);
            }
            (expected, prev, count) = (expected + 1, entry.Hash, count + 1);
        }
        if (count != header.Count || expected - 1 != header.Last || prev != header.LastHash)
        {
            return new(false, header, count, line + 1, $"the file ends at entry {expected - 1} but its header says {header.Last}");
        }
        return new(true, header, count, null, null);
    }

    /// <summary><c>audit verify --file FILE</c>.</summary>
    public static async Task<int> RunAsync(string path, TextWriter output)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"no such file: {path}");
            return 2;
        }
        var check = await VerifyAsync(path);
        await output.WriteLineAsync(check.Describe());
        return check.Intact ? 0 : 1;
    }

    private static T? Parse<T>(string? line) where T : class
    {
        try
        {
            return string.IsNullOrWhiteSpace(line) ? null : JsonSerializer.Deserialize<T>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
