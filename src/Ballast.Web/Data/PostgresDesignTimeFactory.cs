using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ballast.Web.Data;

/// <summary>Used by <c>dotnet ef</c> only; no server is contacted when adding a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=ballast_design").Options, new UserScope(), TimeProvider.System);
}
