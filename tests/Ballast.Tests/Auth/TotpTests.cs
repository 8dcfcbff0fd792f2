using System.Text;
using Ballast.Web.Features.Auth;

namespace Ballast.Tests.Auth;

/// <summary>The code arithmetic against the published vectors, so that Ballast and the tests (which
/// compute codes with the same class) cannot agree on a wrong answer.</summary>
public sealed class TotpTests
{
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    // RFC 6238 appendix B, HMAC-SHA1 column (eight digits).
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Codes_match_the_RFC_6238_vectors(long unixSeconds, string expected)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
        Assert.Equal(expected, Totp.Code(RfcKey, step, 8));
        // Six digits are the last six of the same number.
        Assert.Equal(expected[2..], Totp.Code(RfcKey, step));
    }

    [Theory]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")]
    [InlineData("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ====")]
    public void Base32_keys_decode_however_they_are_typed(string text) =>
        Assert.Equal(RfcKey, Base32.Decode(text));

    [Fact]
    public void Base32_refuses_characters_outside_its_alphabet() =>
        Assert.Throws<FormatException>(() => Base32.Decode("GEZD0189"));

    [Theory]
    [InlineData(-2, false)]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void A_code_is_good_one_step_either_way_and_no_further(int offset, bool accepted)
    {
        const long now = 55_000_000;
        var code = Totp.Code(RfcKey, now + offset);
        Assert.Equal(accepted ? now + offset : null, Totp.Match(RfcKey, code, now, long.MinValue, TotpTokenProvider.Window));
    }

    [Fact]
    public void A_step_at_or_before_the_last_used_one_never_matches_again()
    {
        const long now = 55_000_000;
        foreach (var used in new[] { now - 1, now, now + 1 })
        {
            for (var step = now - 1; step <= now + 1; step++)
            {
                var match = Totp.Match(RfcKey, Totp.Code(RfcKey, step), now, used, TotpTokenProvider.Window);
                Assert.Equal(step > used ? step : null, match);
            }
        }
    }
}
