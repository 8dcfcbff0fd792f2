using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Programme;

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
