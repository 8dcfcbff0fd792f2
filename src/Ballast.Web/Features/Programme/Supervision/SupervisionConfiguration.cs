using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Programme;

internal sealed class SupervisionConfiguration : IEntityTypeConfiguration<SupervisionItem>
{
    public void Configure(EntityTypeBuilder<SupervisionItem> b)
    {
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.Detail).HasMaxLength(2000);
        b.Property(s => s.Source).HasMaxLength(50);
        b.Property(s => s.IssuedBy).HasMaxLength(256);
        b.Property(s => s.Report).HasMaxLength(2000);
        b.HasOne(s => s.OwnerUnit).WithMany().HasForeignKey(s => s.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.Year, s.State, s.DueOn });
        b.HasIndex(s => s.OwnerUnitId);
    }
}
