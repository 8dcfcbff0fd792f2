using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Programme;

internal sealed class IndicatorSupportConfiguration : IEntityTypeConfiguration<IndicatorSupport>
{
    public void Configure(EntityTypeBuilder<IndicatorSupport> b)
    {
        b.HasKey(x => new { x.IndicatorId, x.UnitId });
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
