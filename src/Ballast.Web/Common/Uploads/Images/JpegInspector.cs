using System.Buffers.Binary;

namespace Ballast.Web.Common.Uploads;

/// <summary>A JPEG's segments are walked from its start to the first scan: a frame header must come first,
/// with a size that is judged before any viewer decodes it; the file must end with its end-of-image marker.</summary>
internal static class JpegInspector
{
    public static void Check(byte[] jpeg, UploadLimits limits)
    {
        Polyglot.Check(jpeg);
        if (jpeg.AsSpan(Math.Max(0, jpeg.Length - 1024)).LastIndexOf([(byte)0xFF, (byte)0xD9]) < 0)
        {
            throw UploadRefusedException.Damaged(UploadReasons.NoEnd);
        }
        var pos = 2;
        var sized = false;
        while (true)
        {
            if (pos >= jpeg.Length || jpeg[pos] != 0xFF)
            {
                throw UploadRefusedException.Damaged(UploadReasons.BadImage);
            }
            while (pos < jpeg.Length - 1 && jpeg[pos] == 0xFF)
            {
                pos++; // a marker, after any fill bytes
            }
            var marker = jpeg[pos++];
            if (marker is 0x01 or >= 0xD0 and <= 0xD8)
            {
                continue; // stand-alone markers carry no length
            }
            if (marker == 0xDA)
            {
                break; // the first scan: entropy-coded data follows
            }
            if (marker == 0xD9 || pos + 2 > jpeg.Length)
            {
                throw UploadRefusedException.Damaged(UploadReasons.BadImage);
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(pos));
            if (length < 2 || pos + length > jpeg.Length)
            {
                throw UploadRefusedException.Damaged(UploadReasons.NoEnd);
            }
            if (IsFrame(marker) && length >= 7)
            {
                var (height, width) = (BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(pos + 3)), BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(pos + 5)));
                ImageSize.Check(width, height, limits);
                sized = true;
            }
            pos += length;
        }
        if (!sized)
        {
            throw UploadRefusedException.Damaged(UploadReasons.BadImage);
        }
    }

    /// <summary>Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC).</summary>
    private static bool IsFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
}
