using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Reference;

internal sealed class IndustryGroupConfiguration : IEntityTypeConfiguration<IndustryGroup>
{
    public void Configure(EntityTypeBuilder<IndustryGroup> b)
    {
        b.HasIndex(g => g.Code).IsUnique();
        b.Property(g => g.Code).HasMaxLength(32);
        b.Property(g => g.Name).HasMaxLength(50);
        b.Property(g => g.NameEn).HasMaxLength(100);
    }
}
