using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Organisation;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(6);
        b.Property(r => r.Name).HasMaxLength(50);
        b.Property(r => r.NameEn).HasMaxLength(100);
        b.Property(r => r.ParentCode).HasMaxLength(6);
        b.Property(r => r.SuccessorCode).HasMaxLength(6);
        b.Property(r => r.Note).HasMaxLength(200);
    }
}
