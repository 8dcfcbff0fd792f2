using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Channel).HasMaxLength(16);
        b.Property(e => e.Action).HasMaxLength(32);
        b.Property(e => e.EntityType).HasMaxLength(64);
        b.Property(e => e.EntityKey).HasMaxLength(128);
        b.Property(e => e.PrevHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => new { e.EntityType, e.EntityKey });
        b.HasIndex(e => e.UserId);
    }
}
