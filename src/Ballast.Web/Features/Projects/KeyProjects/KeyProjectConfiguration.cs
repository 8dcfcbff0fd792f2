using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Projects;

internal sealed class KeyProjectConfiguration : IEntityTypeConfiguration<KeyProject>
{
    public void Configure(EntityTypeBuilder<KeyProject> b)
    {
        b.HasOne(k => k.Project).WithMany().HasForeignKey(k => k.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(k => new { k.ProjectId, k.Year }).IsUnique();
        b.HasIndex(k => new { k.Year, k.Class });
        b.HasIndex(k => k.OwnerUnitId);
        b.HasMany(k => k.Reports).WithOne(r => r.KeyProject).HasForeignKey(r => r.KeyProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
