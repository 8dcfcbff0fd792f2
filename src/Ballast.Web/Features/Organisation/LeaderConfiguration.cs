using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Organisation;

internal sealed class LeaderConfiguration : IEntityTypeConfiguration<Leader>
{
    public void Configure(EntityTypeBuilder<Leader> b)
    {
        b.Property(l => l.Name).HasMaxLength(50);
        b.Property(l => l.Title).HasMaxLength(100);
    }
}
