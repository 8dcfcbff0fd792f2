using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, UserScope scope, TimeProvider time)
    : AppDbContext(options, scope, time);
