using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Projects;

internal sealed class ProjectRecordsConfiguration : IEntityTypeConfiguration<SavedFilter>, IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<SavedFilter> b)
    {
        b.Property(f => f.Name).HasMaxLength(100);
        b.Property(f => f.Query).HasMaxLength(2000);
        b.HasIndex(f => f.UserId);
    }

    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.Property(i => i.Kind).HasMaxLength(32);
        b.Property(i => i.FileHash).HasMaxLength(64);
        b.Property(i => i.FileName).HasMaxLength(260);
        b.Property(i => i.UploadedBy).HasMaxLength(256);
        b.HasIndex(i => new { i.Kind, i.FileHash }).IsUnique();
    }
}
