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
