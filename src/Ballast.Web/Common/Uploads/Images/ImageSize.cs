using System.Globalization;

namespace Ballast.Web.Common.Uploads;

/// <summary>The pixels an image declares, judged before anything decodes it.</summary>
internal static class ImageSize
{
    public static void Check(long width, long height, UploadLimits limits)
    {
        if (width <= 0 || height <= 0)
        {
            throw UploadRefusedException.Damaged(UploadReasons.BadImage);
        }
        if (width > limits.MaxSide || height > limits.MaxSide || width * height > limits.MaxPixels)
        {
            throw new UploadRefusedException(UploadReasons.ImageTooLarge, string.Create(CultureInfo.InvariantCulture, $"{width}×{height}"),
                limits.MaxSide.ToString(CultureInfo.InvariantCulture), (limits.MaxPixels / 10_000).ToString(CultureInfo.InvariantCulture));
        }
    }
}
