using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballast.Web.Features.Organisation;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public const int UserAgentLength = 256;

    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.Property(s => s.Id).HasMaxLength(64);
        b.Property(s => s.Kind).HasMaxLength(16);
        b.Property(s => s.UserAgent).HasMaxLength(UserAgentLength);
        b.Property(s => s.IpAddress).HasMaxLength(64);
        b.HasIndex(s => s.UserId);
    }
}
