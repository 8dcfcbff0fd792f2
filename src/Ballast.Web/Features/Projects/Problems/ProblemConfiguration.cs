using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Projects;

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> b)
    {
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Detail).HasMaxLength(2000);
        b.Property(p => p.Answer).HasMaxLength(2000);
        b.Property(p => p.RaisedBy).HasMaxLength(256);
        b.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.AssignedUnit).WithMany().HasForeignKey(p => p.AssignedUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.State, p.DueOn });
        b.HasIndex(p => p.ProjectId);
        b.HasIndex(p => p.OwnerUnitId);
    }
}
