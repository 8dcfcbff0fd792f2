using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Reference;

internal sealed class IndustrySectionConfiguration : IEntityTypeConfiguration<IndustrySection>
{
    public void Configure(EntityTypeBuilder<IndustrySection> b)
    {
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(1);
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.NameEn).HasMaxLength(200);
        b.HasMany(s => s.Divisions).WithOne().HasForeignKey(d => d.SectionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
