using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Programme;

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
