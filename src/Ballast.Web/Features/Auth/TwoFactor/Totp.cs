using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ballast.Web.Features.Auth;

/// <summary>Time-based one-time passwords (RFC 6238 over RFC 4226): 30-second steps, six digits,
/// HMAC-SHA1 — what every authenticator app reads from an otpauth:// code.</summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;

    public static long StepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(ReadOnlySpan<byte> key, long step, int digits = Digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> mac = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238's default, and the only one authenticator apps all read; HMAC-SHA1 is still a sound MAC.
        HMACSHA1.HashData(key, counter, mac);
#pragma warning restore CA5350
        var offset = mac[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(mac.Slice(offset, 4)) & 0x7fffffff;
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>The earliest step later than <paramref name="after"/> and within <paramref name="window"/>
    /// steps of <paramref name="now"/> whose code is <paramref name="code"/>; null when none is.</summary>
    public static long? Match(ReadOnlySpan<byte> key, string code, long now, long after, int window)
    {
        var given = Encoding.ASCII.GetBytes(code);
        for (var step = Math.Max(now - window, after + 1); step <= now + window; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(key, step)), given))
            {
                return step;
            }
        }
        return null;
    }
}
