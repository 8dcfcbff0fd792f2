using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Programme;

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
