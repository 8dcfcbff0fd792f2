using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Reference;

internal sealed class IndustryDivisionConfiguration : IEntityTypeConfiguration<IndustryDivision>
{
    public void Configure(EntityTypeBuilder<IndustryDivision> b)
    {
        b.HasKey(d => d.Code);
        b.Property(d => d.Code).HasMaxLength(2);
        b.Property(d => d.SectionCode).HasMaxLength(1);
        b.Property(d => d.Name).HasMaxLength(100);
        b.Property(d => d.NameEn).HasMaxLength(200);
    }
}
