using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Compendium;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Promotion;

internal sealed class PromotionConfiguration :
    IEntityTypeConfiguration<RewardRule>, IEntityTypeConfiguration<ReferralReward>, IEntityTypeConfiguration<RewardConfirmation>,
    IEntityTypeConfiguration<Campaign>, IEntityTypeConfiguration<CampaignMember>, IEntityTypeConfiguration<CampaignVisit>,
    IEntityTypeConfiguration<CampaignLead>
{
    public void Configure(EntityTypeBuilder<RewardRule> b)
    {
        b.HasIndex(r => r.Year).IsUnique();
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.ExcludedCategories).HasMaxLength(1000);
        b.HasOne<Policy>().WithMany().HasForeignKey(r => r.PolicyId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<ReferralReward> b)
    {
        // One reward case per project: a project has one referrer.
        b.HasOne(r => r.Project).WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.ProjectId).IsUnique();
        b.HasOne(r => r.Rule).WithMany().HasForeignKey(r => r.RuleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Confirmations).WithOne().HasForeignKey(c => c.RewardId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.ReferrerCategory).HasMaxLength(50);
        b.Property(r => r.ReferrerIdNumber).HasMaxLength(30);
        b.Property(r => r.FormedSource).HasMaxLength(200);
        b.Property(r => r.RefusalReason).HasMaxLength(500);
        b.Property(r => r.NoticeObjection).HasMaxLength(1000);
        b.Property(r => r.PaymentReference).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<RewardConfirmation> b)
    {
        b.HasIndex(c => new { c.RewardId, c.UnitId }).IsUnique();
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Note).HasMaxLength(500);
        b.Property(c => c.ByUser).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Destination).HasMaxLength(200);
        b.Property(c => c.LeaderName).HasMaxLength(50);
        b.Property(c => c.Summary).HasMaxLength(2000);
        b.HasOne(c => c.Chain).WithMany().HasForeignKey(c => c.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.StartsOn);
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Visits).WithOne().HasForeignKey(v => v.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Leads).WithOne().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CampaignMember> b)
    {
        b.Property(m => m.Name).HasMaxLength(50);
        b.Property(m => m.Unit).HasMaxLength(200);
        b.Property(m => m.Title).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<CampaignVisit> b)
    {
        b.Property(v => v.FirmName).HasMaxLength(200);
        b.Property(v => v.Country).HasMaxLength(50);
        b.Property(v => v.Note).HasMaxLength(1000);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(v => v.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<CampaignLead> b)
    {
        // Credited to one campaign only, so a signing is never counted twice.
        b.HasOne(l => l.Project).WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.ProjectId).IsUnique();
        b.Property(l => l.Note).HasMaxLength(500);
    }
}
