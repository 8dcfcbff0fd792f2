using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Services;

internal sealed class ServicesConfiguration : IEntityTypeConfiguration<Building>, IEntityTypeConfiguration<BuildingYear>
{
    public void Configure(EntityTypeBuilder<Building> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Theme).HasMaxLength(50);
        b.HasOne(x => x.OwnerUnit).WithMany().HasForeignKey(x => x.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany<Enterprise>().WithOne().HasForeignKey(e => e.BuildingId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.OwnerUnitId, x.Name }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<BuildingYear> b)
    {
        b.HasOne<Building>().WithMany().HasForeignKey(y => y.BuildingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(y => new { y.BuildingId, y.Year }).IsUnique();
        b.Property(y => y.Source).HasMaxLength(200);
    }
}
