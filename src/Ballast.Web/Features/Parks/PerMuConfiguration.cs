using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Parks;

internal sealed class PerMuConfiguration :
    IEntityTypeConfiguration<PerMuScheme>, IEntityTypeConfiguration<PerMuIndicator>, IEntityTypeConfiguration<PerMuRun>,
    IEntityTypeConfiguration<PerMuResult>, IEntityTypeConfiguration<AdmissionThreshold>,
    IEntityTypeConfiguration<AdmissionEvaluation>, IEntityTypeConfiguration<LandCommitment>, IEntityTypeConfiguration<WatchEntry>
{
    public void Configure(EntityTypeBuilder<PerMuScheme> b)
    {
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Basis).HasMaxLength(300);
        b.Property(s => s.ExemptDivisions).HasMaxLength(200);
        b.Property(s => s.ScopeDivisions).HasMaxLength(200);
        b.HasIndex(s => s.Year);
        b.HasOne<Unit>().WithMany().HasForeignKey(s => s.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.SchemeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PerMuIndicator> b)
    {
        b.Property(i => i.Code).HasMaxLength(32);
        b.Property(i => i.Name).HasMaxLength(100);
        b.Property(i => i.Formula).HasMaxLength(300);
        b.Property(i => i.ValueUnit).HasMaxLength(30);
        b.HasIndex(i => new { i.SchemeId, i.Group, i.Code }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PerMuRun> b)
    {
        b.HasOne(r => r.Scheme).WithMany().HasForeignKey(r => r.SchemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.PopulationUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.PopulationUnitId, r.Year, r.Number }).IsUnique();
        b.Property(r => r.RunBy).HasMaxLength(100);
        b.Property(r => r.ReviewedBy).HasMaxLength(100);
        b.Property(r => r.PublishedBy).HasMaxLength(100);
        b.Property(r => r.Note).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<PerMuResult> b)
    {
        b.HasOne<PerMuRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Enterprise).WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.RunId, r.EnterpriseId }).IsUnique();
        b.HasIndex(r => r.EnterpriseId);
        b.Property(r => r.ExemptReason).HasMaxLength(200);
        b.Property(r => r.Missing).HasMaxLength(500);
    }

    public void Configure(EntityTypeBuilder<AdmissionThreshold> b)
    {
        b.HasOne<Park>().WithMany().HasForeignKey(t => t.ParkId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.ParkId, t.Year }).IsUnique();
        b.Property(t => t.Basis).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<AdmissionEvaluation> b)
    {
        b.HasOne(e => e.Project).WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Park>().WithMany().HasForeignKey(e => e.ParkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdmissionThreshold>().WithMany().HasForeignKey(e => e.ThresholdId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.ProjectId, e.ParkId });
        b.Property(e => e.Reasons).HasMaxLength(4000);
        b.Property(e => e.EvaluatedBy).HasMaxLength(100);
        b.Property(e => e.OverrideReason).HasMaxLength(1000);
        b.Property(e => e.OverrideRequestedBy).HasMaxLength(100);
        b.Property(e => e.OverrideDecidedBy).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<LandCommitment> b)
    {
        b.HasOne(c => c.Project).WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.ProjectId).IsUnique();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        b.Property(c => c.AgreementNo).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<WatchEntry> b)
    {
        b.HasOne(w => w.Enterprise).WithMany().HasForeignKey(w => w.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Park>().WithMany().HasForeignKey(w => w.ParkId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(w => new { w.EnterpriseId, w.Reason, w.Year }).IsUnique();
        b.Property(w => w.Note).HasMaxLength(1000);
    }
}
