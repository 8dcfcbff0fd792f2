namespace Ballast.Tests.Security.HostileFiles;

public static partial class HostileCorpus
{
    private static IEnumerable<HostileFile> Images()
    {
        HostileFile Png(string name, byte[] bytes, string reason) => Other(name, ".png", "image/png", bytes, reason);
        HostileFile Jpeg(string name, byte[] bytes, string reason) => Other(name, ".jpg", "image/jpeg", bytes, reason);
        yield return Png("png-bomb", GoodFiles.Png(100_000, 100_000), "图片尺寸 100000×100000 超出上限");
        yield return Png("png-too-wide", GoodFiles.Png(40_000, 1), "图片尺寸 40000×1 超出上限");
        yield return Png("png-zero-width", GoodFiles.Png(0, 10), "图片数据结构无效");
        yield return Png("png-trailing-data", GoodFiles.Png(tail: "<script>alert(1)</script>"u8.ToArray()), "结束标记后附加了多余数据");
        yield return Png("png-truncated", GoodFiles.Png()[..^10], "缺少结束标记");
        var corrupt = GoodFiles.Png();
        corrupt[45] ^= 0xFF;
        yield return Png("png-bad-crc", corrupt, "校验和不符");
        yield return Jpeg("jpeg-bomb", GoodFiles.Jpeg(65_000, 65_000), "图片尺寸 65000×65000 超出上限");
        yield return Jpeg("jpeg-truncated", GoodFiles.Jpeg()[..^3], "缺少结束标记");
        yield return Jpeg("jpeg-no-frame", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x3F, 0xFF, 0xD9], "图片数据结构无效");
    }
}
