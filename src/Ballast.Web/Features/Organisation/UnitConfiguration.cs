using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Organisation;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.Code).HasMaxLength(32);
        b.Property(u => u.Name).HasMaxLength(100);
        b.Property(u => u.NameEn).HasMaxLength(200);
        b.Property(u => u.RegionCode).HasMaxLength(6);
        b.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
