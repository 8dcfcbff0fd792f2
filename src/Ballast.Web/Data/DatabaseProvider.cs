
namespace Ballast.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
