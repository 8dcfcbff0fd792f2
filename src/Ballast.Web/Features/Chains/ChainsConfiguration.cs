using Ballast.Web.Features.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Chains;

internal sealed class ChainsConfiguration :
    IEntityTypeConfiguration<ChainNode>, IEntityTypeConfiguration<ChainLeader>, IEntityTypeConfiguration<ChainUnit>,
    IEntityTypeConfiguration<ChainMaster>, IEntityTypeConfiguration<FirmNode>, IEntityTypeConfiguration<ChainYear>
{
    public void Configure(EntityTypeBuilder<ChainNode> b)
    {
        b.HasOne(n => n.Chain).WithMany().HasForeignKey(n => n.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(n => n.Parent).WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(n => n.Name).HasMaxLength(100);
        b.Property(n => n.NameEn).HasMaxLength(200);
        b.Property(n => n.TargetFirms).HasMaxLength(2000);
        b.Property(n => n.Note).HasMaxLength(1000);
        b.HasIndex(n => new { n.ChainId, n.Name }).IsUnique();
        // The gap an attraction target would fill.
        b.HasMany<AttractionTarget>().WithOne().HasForeignKey(t => t.ChainNodeId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<ChainLeader> b)
    {
        b.HasKey(l => new { l.ChainId, l.LeaderId });
        b.HasOne<Reference.Chain>().WithMany().HasForeignKey(l => l.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Leader).WithMany().HasForeignKey(l => l.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ChainUnit> b)
    {
        b.HasKey(u => new { u.ChainId, u.UnitId });
        b.HasOne<Reference.Chain>().WithMany().HasForeignKey(u => u.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ChainMaster> b)
    {
        b.HasKey(m => new { m.ChainId, m.EnterpriseId });
        b.HasOne<Reference.Chain>().WithMany().HasForeignKey(m => m.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Enterprise).WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FirmNode> b)
    {
        b.HasKey(f => new { f.ChainNodeId, f.EnterpriseId });
        b.HasOne(f => f.ChainNode).WithMany().HasForeignKey(f => f.ChainNodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(f => f.Enterprise).WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.EnterpriseId);
    }

    public void Configure(EntityTypeBuilder<ChainYear> b)
    {
        b.HasOne<Reference.Chain>().WithMany().HasForeignKey(y => y.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(y => new { y.ChainId, y.Year }).IsUnique();
        b.Property(y => y.EnteredSource).HasMaxLength(200);
    }
}
