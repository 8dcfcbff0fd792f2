using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
    }
}

internal sealed class StatusThresholdsConfiguration : IEntityTypeConfiguration<StatusThresholds>
{
    public void Configure(EntityTypeBuilder<StatusThresholds> b) => b.HasIndex(t => t.Year).IsUnique();
}
