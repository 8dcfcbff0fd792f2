using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Reference;

internal sealed class EmergingAreaConfiguration : IEntityTypeConfiguration<EmergingArea>
{
    public void Configure(EntityTypeBuilder<EmergingArea> b)
    {
        b.HasKey(a => a.Code);
        b.Property(a => a.Code).HasMaxLength(8);
        b.Property(a => a.Name).HasMaxLength(100);
        b.Property(a => a.NameEn).HasMaxLength(200);
    }
}
