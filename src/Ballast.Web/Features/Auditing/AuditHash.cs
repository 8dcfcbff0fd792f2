using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ballast.Web.Features.Auditing;

/// <summary>The hash that chains audit entries. Pure: the writer and the verifier share it.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e)
    {
        var text = string.Join('\u001f',
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            e.UserId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.UserName, e.Channel, e.Action, e.EntityType, e.EntityKey,
            e.Before ?? "\u0000", e.After ?? "\u0000", e.PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Database timestamps keep at most microseconds; hashing milliseconds keeps the
    /// stored and recomputed values equal on every engine.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
