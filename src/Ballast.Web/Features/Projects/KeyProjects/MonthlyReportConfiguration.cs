using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Projects;

internal sealed class MonthlyReportConfiguration : IEntityTypeConfiguration<MonthlyReport>
{
    public void Configure(EntityTypeBuilder<MonthlyReport> b)
    {
        b.Property(r => r.PhysicalProgress).HasMaxLength(1000);
        b.Property(r => r.ReturnReason).HasMaxLength(500);
        b.Property(r => r.SubmittedBy).HasMaxLength(256);
        b.HasOne(r => r.Period).WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.KeyProjectId, r.PeriodId }).IsUnique();
        b.HasIndex(r => new { r.PeriodId, r.State });
        b.HasIndex(r => r.OwnerUnitId);
    }
}
