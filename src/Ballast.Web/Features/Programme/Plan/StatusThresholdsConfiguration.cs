using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

internal sealed class StatusThresholdsConfiguration : IEntityTypeConfiguration<StatusThresholds>
{
    public void Configure(EntityTypeBuilder<StatusThresholds> b) => b.HasIndex(t => t.Year).IsUnique();
}
