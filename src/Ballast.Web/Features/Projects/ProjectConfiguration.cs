using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.InvestorName).HasMaxLength(200);
        b.HasOne(p => p.OwnerUnit).WithMany().HasForeignKey(p => p.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Chain).WithMany().HasForeignKey(p => p.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.OwnerUnitId);
        b.HasIndex(p => p.Stage);
    }
}
