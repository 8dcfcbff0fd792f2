using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ballast.Web.Common.Web;

/// <summary>What a failed save means to the user, on either engine: someone else saved first (409),
/// a record that already exists (409), a reference or value the database refused (400), or a
/// database that cannot take the write just now (503, <see cref="DatabaseOutage"/>). Null when the
/// failure is a fault of ours.</summary>
public static class DatabaseErrors
{
    public static (int Status, string Title)? Classify(Exception exception)
    {
        if (DatabaseOutage.Of(exception) is { } outage)
        {
            return (StatusCodes.Status503ServiceUnavailable, DatabaseOutage.Title(outage, write: true));
        }
        if (exception is DbUpdateConcurrencyException)
        {
            return (StatusCodes.Status409Conflict, "记录已被他人修改，您的修改未保存，请刷新后重试");
        }
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }:
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }:
                    return (StatusCodes.Status409Conflict, "记录已存在（可能刚被他人创建），请刷新后重试");
                case PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }:
                    return (StatusCodes.Status409Conflict, "记录已被他人修改，您的修改未保存，请刷新后重试");
                case SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 787 }:
                case PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation }:
                    return (StatusCodes.Status400BadRequest, "引用的记录不存在");
                case PostgresException { SqlState: PostgresErrorCodes.StringDataRightTruncation or PostgresErrorCodes.NumericValueOutOfRange }:
                    return (StatusCodes.Status400BadRequest, "数值或文字超出允许的范围");
                default:
                    break;
            }
        }
        return null;
    }
}
