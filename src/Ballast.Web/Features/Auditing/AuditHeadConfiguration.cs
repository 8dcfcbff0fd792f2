using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Auditing;

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> b)
    {
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.LastHash).HasMaxLength(64);
        b.HasData(new AuditHead { Id = 1, LastSeq = 0, LastHash = AuditHash.Genesis });
    }
}
