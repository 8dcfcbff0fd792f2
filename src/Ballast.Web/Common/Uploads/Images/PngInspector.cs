using System.Buffers.Binary;

namespace Ballast.Web.Common.Uploads;

/// <summary>A PNG is a chain of checksummed chunks from IHDR to IEND. The chain is walked to its end
/// (truncated or padded files are refused, and so is data after IEND), and the declared size is judged
/// before any viewer decodes it: a 100000 × 100000 image is a decompression bomb, however small the file.</summary>
internal static class PngInspector
{
    public static void Check(byte[] png, UploadLimits limits)
    {
        var pos = 8;
        if (png.Length < pos + 25 || Type(png, pos) != "IHDR" || U32(png, pos) != 13)
        {
            throw UploadRefusedException.Damaged(UploadReasons.BadImage);
        }
        ImageSize.Check(U32(png, pos + 8), U32(png, pos + 12), limits);
        Polyglot.Check(png);
        while (pos + 12 <= png.Length)
        {
            var length = U32(png, pos);
            if (length > png.Length - pos - 12)
            {
                throw UploadRefusedException.Damaged(UploadReasons.NoEnd);
            }
            var chunk = png.AsSpan(pos + 4, (int)length + 4);
            if (Crc32.Of(chunk) != U32(png, pos + 8 + (int)length))
            {
                throw UploadRefusedException.Damaged(UploadReasons.BadChecksum);
            }
            var end = Type(png, pos) == "IEND";
            pos += 12 + (int)length;
            if (end)
            {
                if (pos != png.Length)
                {
                    throw UploadRefusedException.Damaged(UploadReasons.TrailingData);
                }
                return;
            }
        }
        throw UploadRefusedException.Damaged(UploadReasons.NoEnd);
    }

    private static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));

    private static string Type(byte[] b, int at) => System.Text.Encoding.ASCII.GetString(b, at + 4, 4);
}
