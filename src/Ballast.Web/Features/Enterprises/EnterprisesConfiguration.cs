using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Enterprises;

internal sealed class EnterprisesConfiguration :
    IEntityTypeConfiguration<Enterprise>, IEntityTypeConfiguration<EnterpriseYear>, IEntityTypeConfiguration<Designation>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.Property(e => e.Uscc).HasMaxLength(18);
        b.HasIndex(e => e.Uscc).IsUnique();
        b.Property(e => e.UsccNote).HasMaxLength(200);
        b.Property(e => e.Name).HasMaxLength(200);
        b.HasIndex(e => e.Name);
        b.Property(e => e.FormerNames).HasMaxLength(1000);
        b.Property(e => e.Country).HasMaxLength(50);
        b.Property(e => e.Address).HasMaxLength(300);
        b.Property(e => e.IndustryDivisionCode).HasMaxLength(2);
        b.Property(e => e.ContactName).HasMaxLength(50);
        b.Property(e => e.ContactPhone).HasMaxLength(30);
        b.Property(e => e.ParcelCode).HasMaxLength(40);
        b.HasOne(e => e.OwnerUnit).WithMany().HasForeignKey(e => e.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Chain).WithMany().HasForeignKey(e => e.ChainId).OnDelete(DeleteBehavior.Restrict);
        // A project's investor, when it is a firm of the registry (matched by USCC).
        b.HasMany<Project>().WithOne().HasForeignKey(p => p.InvestorEnterpriseId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<EnterpriseYear> b)
    {
        b.HasOne(y => y.Enterprise).WithMany().HasForeignKey(y => y.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(y => new { y.EnterpriseId, y.Year }).IsUnique();
        b.HasIndex(y => y.Year);
        b.Property(y => y.Source).HasMaxLength(100);
        b.HasOne<Organisation.Unit>().WithMany().HasForeignKey(y => y.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Designation> b)
    {
        b.HasOne(d => d.Kind).WithMany().HasForeignKey(d => d.KindCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Enterprise).WithMany().HasForeignKey(d => d.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation.Unit>().WithMany().HasForeignKey(d => d.DistrictUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation.Unit>().WithMany().HasForeignKey(d => d.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.SubjectName).HasMaxLength(200);
        b.Property(d => d.SourceDocument).HasMaxLength(300);
        b.HasIndex(d => new { d.KindCode, d.Year });
        // One designation of a kind and year per firm: a re-imported list changes nothing.
        b.HasIndex(d => new { d.EnterpriseId, d.KindCode, d.Year }).IsUnique();
    }
}
