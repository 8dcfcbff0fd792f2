using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.InvestorName).HasMaxLength(200);
        b.Property(p => p.InvestorUscc).HasMaxLength(18);
        b.Property(p => p.InvestorCountry).HasMaxLength(50);
        b.Property(p => p.ProjectCode).HasMaxLength(24);
        b.Property(p => p.IndustryDivisionCode).HasMaxLength(2);
        b.Property(p => p.EmergingAreaCode).HasMaxLength(8);
        b.Property(p => p.ConstructionContent).HasMaxLength(2000);
        b.Property(p => p.ReferrerName).HasMaxLength(200);
        b.Property(p => p.OriginNote).HasMaxLength(500);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.OwnerUnit).WithMany().HasForeignKey(p => p.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ResponsibleUnit).WithMany().HasForeignKey(p => p.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ParkUnit).WithMany().HasForeignKey(p => p.ParkUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Chain).WithMany().HasForeignKey(p => p.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Leader).WithMany().HasForeignKey(p => p.LeaderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ExpansionOf).WithMany().HasForeignKey(p => p.ExpansionOfId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.StageChanges).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // Unique when present: a code identifies one project nationally.
        b.HasIndex(p => p.ProjectCode).IsUnique().HasFilter("\"ProjectCode\" IS NOT NULL");
        b.HasIndex(p => p.OwnerUnitId);
        b.HasIndex(p => p.Stage);
        b.HasIndex(p => p.ChainId);
        b.HasIndex(p => p.InvestorUscc);
        b.HasIndex(p => p.SignedOn);
        b.HasIndex(p => p.LeaderId);
    }
}

internal sealed class ProjectStageChangeConfiguration : IEntityTypeConfiguration<ProjectStageChange>
{
    public void Configure(EntityTypeBuilder<ProjectStageChange> b)
    {
        b.Property(c => c.RecordedBy).HasMaxLength(256);
        b.Property(c => c.Note).HasMaxLength(500);
        b.HasIndex(c => c.ProjectId);
    }
}

internal sealed class KeyProjectConfiguration : IEntityTypeConfiguration<KeyProject>
{
    public void Configure(EntityTypeBuilder<KeyProject> b)
    {
        b.HasOne(k => k.Project).WithMany().HasForeignKey(k => k.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(k => new { k.ProjectId, k.Year }).IsUnique();
        b.HasIndex(k => new { k.Year, k.Class });
        b.HasIndex(k => k.OwnerUnitId);
        b.HasMany(k => k.Reports).WithOne(r => r.KeyProject).HasForeignKey(r => r.KeyProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> b) => b.HasIndex(p => new { p.Year, p.Month }).IsUnique();
}

internal sealed class MonthlyReportConfiguration : IEntityTypeConfiguration<MonthlyReport>
{
    public void Configure(EntityTypeBuilder<MonthlyReport> b)
    {
        b.Property(r => r.PhysicalProgress).HasMaxLength(1000);
        b.Property(r => r.ReturnReason).HasMaxLength(500);
        b.Property(r => r.SubmittedBy).HasMaxLength(256);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.Period).WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.KeyProjectId, r.PeriodId }).IsUnique();
        b.HasIndex(r => new { r.PeriodId, r.State });
        b.HasIndex(r => r.OwnerUnitId);
    }
}

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> b)
    {
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Detail).HasMaxLength(2000);
        b.Property(p => p.Answer).HasMaxLength(2000);
        b.Property(p => p.RaisedBy).HasMaxLength(256);
        b.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.AssignedUnit).WithMany().HasForeignKey(p => p.AssignedUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.State, p.DueOn });
        b.HasIndex(p => p.ProjectId);
        b.HasIndex(p => p.OwnerUnitId);
    }
}

internal sealed class ProjectRecordsConfiguration : IEntityTypeConfiguration<SavedFilter>, IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<SavedFilter> b)
    {
        b.Property(f => f.Name).HasMaxLength(100);
        b.Property(f => f.Query).HasMaxLength(2000);
        b.HasIndex(f => f.UserId);
    }

    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.Property(i => i.Kind).HasMaxLength(32);
        b.Property(i => i.FileHash).HasMaxLength(64);
        b.Property(i => i.FileName).HasMaxLength(260);
        b.Property(i => i.UploadedBy).HasMaxLength(256);
        b.HasIndex(i => new { i.Kind, i.FileHash }).IsUnique();
    }
}
