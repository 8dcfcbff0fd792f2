using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Programme;

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
