using System.Text;
using QRCoder;

namespace Ballast.Web.Features.Account;

/// <summary>How an authenticator app learns a key: an otpauth:// URI (Google's Key URI format, read by
/// every authenticator), shown as a QR code drawn in SVG, and the key itself in groups of four.</summary>
public static class Authenticator
{
    public const string Issuer = "Ballast";

    public static string Uri(string userName, string key)
    {
        var label = System.Uri.EscapeDataString($"{Issuer}:{userName}");
        return $"otpauth://totp/{label}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30";
    }

    /// <summary>An inline &lt;svg&gt; (no script, no external image: nothing for the page's policy to allow).</summary>
    public static string QrSvg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(i == 0 ? "" : " ").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }
}
