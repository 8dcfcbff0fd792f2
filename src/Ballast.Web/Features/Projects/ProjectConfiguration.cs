using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.InvestorName).HasMaxLength(200);
        b.Property(p => p.InvestorUscc).HasMaxLength(18);
        b.Property(p => p.InvestorCountry).HasMaxLength(50);
        b.Property(p => p.ProjectCode).HasMaxLength(24);
        b.Property(p => p.ParcelCode).HasMaxLength(40);
        b.Property(p => p.IndustryDivisionCode).HasMaxLength(2);
        b.Property(p => p.EmergingAreaCode).HasMaxLength(8);
        b.Property(p => p.ConstructionContent).HasMaxLength(2000);
        b.Property(p => p.ReferrerName).HasMaxLength(200);
        b.Property(p => p.OriginNote).HasMaxLength(500);
        b.HasOne(p => p.OwnerUnit).WithMany().HasForeignKey(p => p.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ResponsibleUnit).WithMany().HasForeignKey(p => p.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ParkUnit).WithMany().HasForeignKey(p => p.ParkUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Chain).WithMany().HasForeignKey(p => p.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Leader).WithMany().HasForeignKey(p => p.LeaderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ExpansionOf).WithMany().HasForeignKey(p => p.ExpansionOfId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.StageChanges).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // Unique when present: a code identifies one project nationally.
        b.HasIndex(p => p.ProjectCode).IsUnique().HasFilter("\"ProjectCode\" IS NOT NULL");
        // The import finds a row's project by name within its unit; the unit alone still leads the index.
        b.HasIndex(p => new { p.OwnerUnitId, p.Name });
        b.HasIndex(p => p.Stage);
        b.HasIndex(p => p.ChainId);
        b.HasIndex(p => p.InvestorUscc);
        b.HasIndex(p => p.SignedOn);
        b.HasIndex(p => p.LeaderId);
    }
}
