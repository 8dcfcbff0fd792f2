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

internal sealed class ChainConfiguration : IEntityTypeConfiguration<Chain>
{
    public void Configure(EntityTypeBuilder<Chain> b)
    {
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Code).HasMaxLength(32);
        b.Property(c => c.Name).HasMaxLength(50);
        b.Property(c => c.NameEn).HasMaxLength(100);
        b.HasOne(c => c.Group).WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
