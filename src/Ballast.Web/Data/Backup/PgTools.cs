using System.Diagnostics;
using Npgsql;

namespace Ballast.Web.Data.Backup;

/// <summary>Runs PostgreSQL's client tools (pg_dump, pg_restore) against the configured server. The
/// connection goes through PG* environment variables, so the password never shows in a process list.</summary>
public static class PgTools
{
    public const string Missing = "Install the PostgreSQL client tools (Debian: apt-get install postgresql-client) of the server's major "
        + "version or newer, or back up with pg_basebackup and WAL archiving as docs/operations.md describes.";

    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);

    public static async Task<(int Code, string Output)> RunAsync(string tool, string connectionString, params string[] args)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(Find(tool) ?? tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["PGHOST"] = cs.Host ?? "localhost";
        info.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["PGUSER"] = cs.Username ?? "";
        info.Environment["PGPASSWORD"] = cs.Password ?? "";
        info.Environment["PGDATABASE"] = cs.Database ?? "";
        info.Environment["PGSSLMODE"] = cs.SslMode switch
        {
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            var mode => mode.ToString().ToLowerInvariant(),
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output + await errors).Trim());
    }
}
