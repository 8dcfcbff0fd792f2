using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ballast.Web.Common.Web;

/// <summary>Recognises, on either engine, the failures that mean the database cannot take a write
/// just now (as opposed to a refused value or a fault of ours), and says so in the user's words.</summary>
public static class DatabaseOutage
{
    // SQLite result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoError = 10, SqliteFull = 13, SqliteCantOpen = 14;

    public static Outage? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var outage = e switch
            {
                SqliteException s => Sqlite(s.SqliteErrorCode),
                NpgsqlOperationInProgressException => null,
                PostgresException p => Postgres(p.SqlState),
                // Npgsql's own failures: refused or broken connections, an exhausted pool, a timeout.
                NpgsqlException n => n.InnerException is TimeoutException ? Outage.Busy : Outage.Unreachable,
                System.Net.Sockets.SocketException => Outage.Unreachable,
                _ => (Outage?)null,
            };
            if (outage is not null)
            {
                return outage;
            }
        }
        return null;
    }

    private static Outage? Sqlite(int code) => code switch
    {
        SqliteBusy or SqliteLocked => Outage.Busy,
        SqliteReadOnly or SqliteIoError or SqliteFull => Outage.Unwritable,
        SqliteCantOpen => Outage.Unreachable,
        _ => null,
    };

    private static Outage? Postgres(string state) => state switch
    {
        PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.DiskFull
            or PostgresErrorCodes.InsufficientResources or PostgresErrorCodes.OutOfMemory => Outage.Unwritable,
        PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled => Outage.Busy,
        PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow => Outage.Unreachable,
        // Class 08: connection exceptions.
        _ when state.StartsWith("08", StringComparison.Ordinal) => Outage.Unreachable,
        _ => null,
    };

    /// <summary>The message for the user (a localisation key): after a write, that the input was not saved.</summary>
    public static string Title(Outage outage, bool write) => (outage, write) switch
    {
        (Outage.Unwritable, true) => "数据库暂时无法写入，请稍后重试；您的输入未保存",
        (Outage.Busy, true) => "数据库繁忙，请稍后重试；您的输入未保存",
        (Outage.Unreachable, true) => "暂时无法连接数据库，请稍后重试；您的输入未保存",
        (Outage.Unwritable, false) => "数据库暂时无法写入，请稍后重试",
        (Outage.Busy, false) => "数据库繁忙，请稍后重试",
        _ => "暂时无法连接数据库，请稍后重试",
    };

    /// <summary>Whether the request could have written: anything but a read.</summary>
    public static bool IsWrite(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method);
}
