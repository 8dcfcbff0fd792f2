using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Programme;

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
