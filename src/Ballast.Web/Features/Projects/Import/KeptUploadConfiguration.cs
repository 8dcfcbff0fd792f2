using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Projects.Import;

internal sealed class KeptUploadConfiguration : IEntityTypeConfiguration<KeptUpload>
{
    public void Configure(EntityTypeBuilder<KeptUpload> b)
    {
        b.HasKey(u => u.Hash);
        b.Property(u => u.Hash).HasMaxLength(64);
        b.HasIndex(u => u.KeptAt);
    }
}
