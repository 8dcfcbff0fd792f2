using QRCoder;

namespace Ballast.Web.Features.Compendium;

/// <summary>A policy's QR code as PNG (for download and print shops) or SVG (inline in the booklet, sharp at any size).
/// Level M survives a smudged print; the quiet zone is kept so phones find the code on a busy page.</summary>
public static class QrImages
{
    public static byte[] Png(string url, int pixelsPerModule = 10)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    public static string Svg(string url, int pixelsPerModule = 4)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(pixelsPerModule);
    }
}
