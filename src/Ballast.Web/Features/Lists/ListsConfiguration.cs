using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Lists;

internal sealed class ListsConfiguration :
    IEntityTypeConfiguration<LandingListEntry>, IEntityTypeConfiguration<AttractionTarget>, IEntityTypeConfiguration<Carrier>
{
    public void Configure(EntityTypeBuilder<LandingListEntry> b)
    {
        b.HasOne(e => e.Project).WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.Year, e.ProjectId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AttractionTarget> b)
    {
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Country).HasMaxLength(50);
        b.Property(t => t.Note).HasMaxLength(1000);
        b.HasOne(t => t.Chain).WithMany().HasForeignKey(t => t.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.OwnerUnit).WithMany().HasForeignKey(t => t.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => t.Year);
    }

    public void Configure(EntityTypeBuilder<Carrier> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Location).HasMaxLength(300);
        b.Property(c => c.Contact).HasMaxLength(100);
        b.Property(c => c.Note).HasMaxLength(1000);
        b.HasOne(c => c.OwnerUnit).WithMany().HasForeignKey(c => c.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
