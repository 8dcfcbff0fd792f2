using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Parks;

internal sealed class ParksConfiguration :
    IEntityTypeConfiguration<Park>, IEntityTypeConfiguration<ParkYear>, IEntityTypeConfiguration<ParkMechanism>,
    IEntityTypeConfiguration<ParkWorkItem>, IEntityTypeConfiguration<ParkKeyProject>, IEntityTypeConfiguration<ParkMembership>
{
    public void Configure(EntityTypeBuilder<Park> b)
    {
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.UnitId).IsUnique();
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.DistrictUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        // One park, one industry: no chain leads two parks.
        b.HasOne(p => p.Chain).WithMany().HasForeignKey(p => p.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.ChainId).IsUnique();
        b.Property(p => p.Address).HasMaxLength(300);
        b.Property(p => p.Summary).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<ParkYear> b)
    {
        b.HasOne<Park>().WithMany().HasForeignKey(y => y.ParkId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(y => new { y.ParkId, y.Year }).IsUnique();
        b.Property(y => y.Source).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<ParkMechanism> b)
    {
        b.HasOne<Park>().WithMany().HasForeignKey(m => m.ParkId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.ParkId, m.Item }).IsUnique();
        b.Property(m => m.Note).HasMaxLength(1000);
        b.Property(m => m.EvidenceDocument).HasMaxLength(300);
        b.Property(m => m.EvidenceFileName).HasMaxLength(200);
        b.Property(m => m.EvidenceContentType).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ParkWorkItem> b)
    {
        b.HasOne<Park>().WithMany().HasForeignKey(w => w.ParkId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(w => w.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(w => new { w.ParkId, w.Year });
        b.Property(w => w.Title).HasMaxLength(300);
        b.Property(w => w.OwnerName).HasMaxLength(50);
        b.Property(w => w.Progress).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<ParkKeyProject> b)
    {
        b.HasOne<Park>().WithMany().HasForeignKey(k => k.ParkId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(k => k.Project).WithMany().HasForeignKey(k => k.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(k => new { k.ParkId, k.Year, k.ProjectId }).IsUnique();
        b.Property(k => k.Note).HasMaxLength(500);
    }

    public void Configure(EntityTypeBuilder<ParkMembership> b)
    {
        b.HasOne<Park>().WithMany().HasForeignKey(m => m.ParkId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Enterprise).WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(m => new { m.ParkId, m.EnterpriseId, m.EnteredOn }).IsUnique();
        b.HasIndex(m => m.EnterpriseId);
        b.Property(m => m.ExitReason).HasMaxLength(500);
    }
}
