using System.Text;

namespace Ballast.Web.Common.Uploads;

/// <summary>What a file's first bytes say it is, for a refusal that tells the user what was really sent.</summary>
internal static class ContentSniffer
{
    public static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    public static readonly byte[] Cfb = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    public static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Elf = [0x7F, 0x45, 0x4C, 0x46];
    private static readonly byte[] MachO = [0xCF, 0xFA, 0xED, 0xFE];
    private static readonly byte[] SevenZip = [0x37, 0x7A, 0xBC, 0xAF];
    private static readonly byte[] Gzip = [0x1F, 0x8B];

    public static string Describe(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Zip) || head.StartsWith("PK\x05\x06"u8))
        {
            return UploadReasons.LooksZip;
        }
        if (head.StartsWith(Cfb.AsSpan(0, 4)))
        {
            return UploadReasons.LooksLegacyOffice;
        }
        return head switch
        {
            _ when head.StartsWith(Pdf) => UploadReasons.LooksPdf,
            _ when head.StartsWith(Png) => UploadReasons.LooksPng,
            _ when head.StartsWith(Jpeg) => UploadReasons.LooksJpeg,
            _ when head.StartsWith("GIF8"u8) => UploadReasons.LooksGif,
            _ when head.StartsWith("MZ"u8) || head.StartsWith(Elf) || head.StartsWith(MachO) => UploadReasons.LooksExecutable,
            _ when head.StartsWith("Rar!"u8) || head.StartsWith(SevenZip) || head.StartsWith(Gzip) => UploadReasons.LooksArchive,
            _ => DescribeText(head),
        };
    }

    private static string DescribeText(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            return text.Contains("<svg", StringComparison.OrdinalIgnoreCase) || text.Contains("<html", StringComparison.OrdinalIgnoreCase)
                ? UploadReasons.LooksHtml : UploadReasons.LooksXml;
        }
        if (text.StartsWith('<'))
        {
            return UploadReasons.LooksHtml;
        }
        return text.Length > 0 && !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')) ? UploadReasons.LooksText : UploadReasons.LooksUnknown;
    }
}
