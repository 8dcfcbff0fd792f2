using Ballast.Web.Common;
using Npgsql;

namespace Ballast.Web.Data.Backup;

/// <summary>Restores a pg_dump archive into a new database beside the configured one, checks its
/// audit chain there, and only then swaps names: the configured database is kept as
/// <c>NAME_before_restore_STAMP</c>. Refused while any session (a running Ballast) is connected.</summary>
public static class PostgresRestore
{
    public static async Task<int> RunAsync(string connectionString, string file, DateTimeOffset now, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"no such file: {file}");
            return 2;
        }
        if (PgTools.Find("pg_restore") is null)
        {
            await stderr.WriteLineAsync("pg_restore is not on PATH: nothing restored. " + PgTools.Missing);
            return 2;
        }
        if (await FileDigest.MatchesAsync(file) == false || (await PgTools.RunAsync("pg_restore", connectionString, "--list", file)).Code != 0)
        {
            await stderr.WriteLineAsync($"refused: {file} is not a readable pg_dump archive matching its .sha256; the database is unchanged.");
            return 1;
        }
        var target = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var name = target.Database!;
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" }.ToString());
        await admin.OpenAsync();
        var sessions = await ScalarAsync<long>(admin, "SELECT count(*) FROM pg_stat_activity WHERE datname = @name", name);
        if (sessions > 0)
        {
            await stderr.WriteLineAsync($"refused: {sessions} session(s) are connected to {name}. Stop Ballast first: a restore replaces the whole database.");
            return 1;
        }
        var stamp = BackupFolder.Stamp(now).Replace("-", "", StringComparison.Ordinal);
        var scratch = Name(name, $"_restore_{stamp}");
        await ExecuteAsync(admin, $"CREATE DATABASE {Quote(scratch)}");
        var restored = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = scratch }.ToString();
        var (code, output) = await PgTools.RunAsync("pg_restore", restored, "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", scratch, file);
        var check = code == 0 ? await BackupCheck.PostgresAsync(restored) : null;
        if (check is not { Ok: true })
        {
            await ExecuteAsync(admin, $"DROP DATABASE {Quote(scratch)}");
            await stderr.WriteLineAsync($"refused: {file} " + (check is null ? $"did not restore: {output}" : $"does not verify: {check.Describe()}")
                + "; the database is unchanged.");
            return 1;
        }
        if (await ScalarAsync<long>(admin, "SELECT count(*) FROM pg_database WHERE datname = @name", name) > 0)
        {
            var kept = Name(name, $"_before_restore_{stamp}");
            await ExecuteAsync(admin, $"ALTER DATABASE {Quote(name)} RENAME TO {Quote(kept)}");
            await stdout.WriteLineAsync($"the database being replaced is kept as {kept}");
        }
        await ExecuteAsync(admin, $"ALTER DATABASE {Quote(scratch)} RENAME TO {Quote(name)}");
        await stdout.WriteLineAsync($"restored {file} to {name}: {check.Describe()}");
        return 0;
    }

    /// <summary>PostgreSQL keeps 63 bytes of a name: the suffix stays whole.</summary>
    private static string Name(string name, string suffix) => name[..Math.Min(name.Length, 63 - suffix.Length)] + suffix;

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, string name)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
