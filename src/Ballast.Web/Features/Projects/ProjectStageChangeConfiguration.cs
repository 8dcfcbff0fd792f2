using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Projects;

internal sealed class ProjectStageChangeConfiguration : IEntityTypeConfiguration<ProjectStageChange>
{
    public void Configure(EntityTypeBuilder<ProjectStageChange> b)
    {
        b.Property(c => c.RecordedBy).HasMaxLength(256);
        b.Property(c => c.Note).HasMaxLength(500);
        b.HasIndex(c => c.ProjectId);
    }
}
