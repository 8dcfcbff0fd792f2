using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.HasIndex(p => p.Year).IsUnique();
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.TitleEn).HasMaxLength(300);
        b.Property(p => p.IssuedBy).HasMaxLength(100);
        b.HasMany(p => p.Battles).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BattleConfiguration : IEntityTypeConfiguration<Battle>
{
    public void Configure(EntityTypeBuilder<Battle> b)
    {
        b.HasIndex(x => new { x.PlanId, x.Code }).IsUnique();
        b.Property(x => x.Code).HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.Slogan).HasMaxLength(50);
        b.Property(x => x.SloganEn).HasMaxLength(100);
        b.HasMany(x => x.Indicators).WithOne(i => i.Battle).HasForeignKey(i => i.BattleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Tasks).WithOne().HasForeignKey(t => t.BattleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.HasIndex(i => new { i.BattleId, i.Code }).IsUnique();
        b.Property(i => i.Code).HasMaxLength(64);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.NameEn).HasMaxLength(300);
        b.Property(i => i.Unit).HasMaxLength(20);
        b.Property(i => i.TargetText).HasMaxLength(100);
        b.Property(i => i.TargetTextEn).HasMaxLength(200);
        b.Property(i => i.ComputedRule).HasMaxLength(64);
        b.HasOne(i => i.Task).WithMany().HasForeignKey(i => i.TaskId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(i => i.LeadUnit).WithMany().HasForeignKey(i => i.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(i => i.Supporting).WithOne().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StatusThresholdsConfiguration : IEntityTypeConfiguration<StatusThresholds>
{
    public void Configure(EntityTypeBuilder<StatusThresholds> b) => b.HasIndex(t => t.Year).IsUnique();
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> b)
    {
        b.HasIndex(t => new { t.BattleId, t.Code }).IsUnique();
        b.Property(t => t.Code).HasMaxLength(64);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.NameEn).HasMaxLength(300);
        b.HasOne(t => t.LeadUnit).WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorSupportConfiguration : IEntityTypeConfiguration<IndicatorSupport>
{
    public void Configure(EntityTypeBuilder<IndicatorSupport> b)
    {
        b.HasKey(x => new { x.IndicatorId, x.UnitId });
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<IndicatorSubmission>, IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<IndicatorSubmission> b)
    {
        b.HasIndex(s => new { s.IndicatorId, s.PeriodId, s.OwnerUnitId }).IsUnique();
        b.HasIndex(s => s.OwnerUnitId);
        b.Property(s => s.Narrative).HasMaxLength(2000);
        b.Property(s => s.ReturnReason).HasMaxLength(500);
        b.Property(s => s.ExtensionReason).HasMaxLength(500);
        b.Property(s => s.SubmittedBy).HasMaxLength(256);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne(s => s.Indicator).WithMany().HasForeignKey(s => s.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Period).WithMany().HasForeignKey(s => s.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.OwnerUnit).WithMany().HasForeignKey(s => s.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Evidence).WithOne().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Evidence> b)
    {
        b.Property(e => e.FileName).HasMaxLength(260);
        b.Property(e => e.ContentType).HasMaxLength(100);
    }
}

internal sealed class SupervisionConfiguration : IEntityTypeConfiguration<SupervisionItem>
{
    public void Configure(EntityTypeBuilder<SupervisionItem> b)
    {
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.Detail).HasMaxLength(2000);
        b.Property(s => s.Source).HasMaxLength(50);
        b.Property(s => s.IssuedBy).HasMaxLength(256);
        b.Property(s => s.Report).HasMaxLength(2000);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne(s => s.OwnerUnit).WithMany().HasForeignKey(s => s.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.Year, s.State, s.DueOn });
        b.HasIndex(s => s.OwnerUnitId);
    }
}

internal sealed class AssessmentConfiguration :
    IEntityTypeConfiguration<AssessmentScheme>, IEntityTypeConfiguration<AssessmentItem>,
    IEntityTypeConfiguration<AssessmentAdjustment>, IEntityTypeConfiguration<WeightChangeRequest>
{
    public void Configure(EntityTypeBuilder<AssessmentScheme> b)
    {
        b.HasIndex(s => new { s.Year, s.UnitKind }).IsUnique();
        b.Property(s => s.Name).HasMaxLength(100);
        b.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SchemeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AssessmentItem> b)
    {
        b.HasIndex(i => new { i.SchemeId, i.IndicatorId }).IsUnique();
        b.HasOne(i => i.Indicator).WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AssessmentAdjustment> b)
    {
        b.Property(a => a.Reason).HasMaxLength(500);
        b.Property(a => a.EnteredBy).HasMaxLength(256);
        b.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.SchemeId);
    }

    public void Configure(EntityTypeBuilder<WeightChangeRequest> b)
    {
        b.Property(r => r.Reason).HasMaxLength(500);
        b.Property(r => r.RequestedBy).HasMaxLength(256);
        b.Property(r => r.DecidedBy).HasMaxLength(256);
        b.HasOne(r => r.Item).WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
