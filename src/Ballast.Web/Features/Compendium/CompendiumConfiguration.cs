using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Compendium;

internal sealed class CompendiumConfiguration :
    IEntityTypeConfiguration<Policy>, IEntityTypeConfiguration<PolicyStatusChange>, IEntityTypeConfiguration<PolicyChain>,
    IEntityTypeConfiguration<PolicyIndustry>, IEntityTypeConfiguration<PolicyContact>, IEntityTypeConfiguration<PolicyAttachment>,
    IEntityTypeConfiguration<PolicyCondition>, IEntityTypeConfiguration<PublishedProject>
{
    public void Configure(EntityTypeBuilder<Policy> b)
    {
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Code).HasMaxLength(12);
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.DocumentNumber).HasMaxLength(100);
        b.HasIndex(p => p.DocumentNumber);
        b.Property(p => p.Issuer).HasMaxLength(200);
        b.Property(p => p.Summary).HasMaxLength(4000);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.AreaUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Policy>().WithMany().HasForeignKey(p => p.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.Status, p.Level });
        b.HasMany(p => p.Chains).WithOne().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Industries).WithOne().HasForeignKey(i => i.PolicyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Conditions).WithOne().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PolicyStatusChange> b)
    {
        b.HasOne<Policy>().WithMany().HasForeignKey(s => s.PolicyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Policy>().WithMany().HasForeignKey(s => s.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.PolicyId);
        b.Property(s => s.Reason).HasMaxLength(500);
        b.Property(s => s.ByUser).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<PolicyChain> b)
    {
        b.HasKey(c => new { c.PolicyId, c.ChainId });
        b.HasOne(c => c.Chain).WithMany().HasForeignKey(c => c.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ChainId);
    }

    public void Configure(EntityTypeBuilder<PolicyIndustry> b)
    {
        b.HasKey(i => new { i.PolicyId, i.DivisionCode });
        b.Property(i => i.DivisionCode).HasMaxLength(4);
    }

    public void Configure(EntityTypeBuilder<PolicyContact> b)
    {
        b.HasIndex(c => c.PolicyId);
        b.Property(c => c.Unit).HasMaxLength(200);
        b.Property(c => c.Name).HasMaxLength(50);
        b.Property(c => c.Phone).HasMaxLength(50);
    }

    public void Configure(EntityTypeBuilder<PolicyAttachment> b)
    {
        b.HasOne<Policy>().WithMany().HasForeignKey(a => a.PolicyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.PolicyId);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<PolicyCondition> b)
    {
        b.HasIndex(c => c.PolicyId);
        b.Property(c => c.Field).HasMaxLength(32);
        b.Property(c => c.Values).HasMaxLength(2000);
        b.Property(c => c.Label).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<PublishedProject> b)
    {
        b.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.ProjectId).IsUnique();
        b.Property(p => p.PublicName).HasMaxLength(200);
        b.Property(p => p.PublicSummary).HasMaxLength(2000);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
