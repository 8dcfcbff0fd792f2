using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, UserScope scope, TimeProvider time)
    : AppDbContext(options, scope, time);
