using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Enterprises;

internal sealed class ReferenceConfiguration : IEntityTypeConfiguration<DesignationKind>, IEntityTypeConfiguration<SizeRule>
{
    public void Configure(EntityTypeBuilder<DesignationKind> b)
    {
        b.HasKey(k => k.Code);
        b.Property(k => k.Code).HasMaxLength(40);
        b.Property(k => k.Name).HasMaxLength(60);
        b.Property(k => k.NameEn).HasMaxLength(120);
        b.HasOne<Organisation.Unit>().WithMany().HasForeignKey(k => k.GrantingUnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SizeRule> b)
    {
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(40);
        b.Property(r => r.Name).HasMaxLength(60);
        b.Property(r => r.Divisions).HasMaxLength(300);
    }
}
