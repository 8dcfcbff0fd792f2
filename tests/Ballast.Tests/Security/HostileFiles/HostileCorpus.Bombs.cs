using System.Text;

namespace Ballast.Tests.Security.HostileFiles;

public static partial class HostileCorpus
{
    private const int BombSize = 64 * 1024 * 1024;

    /// <summary>64 MB of zeros, deflated once (about 64 KB) and reused by every bomb.</summary>
    private static readonly Lazy<(byte[] Packed, uint Crc)> Zeros = new(() =>
    {
        var zeros = new byte[BombSize];
        return (RawZip.Deflate(zeros), TestCrc.Of(zeros));
    });

    /// <summary>The zeros as an entry that declares <paramref name="declared"/> bytes (the truth by default).</summary>
    private static RawZip.Entry ZeroEntry(string name, uint declared = BombSize, uint? local = null) =>
        new(name, Zeros.Value.Packed, Deflate: false)
        {
            Method = 8, Crc = Zeros.Value.Crc, CentralSize = declared, LocalSize = local ?? declared,
        };

    private static IEnumerable<HostileFile> Bombs()
    {
        yield return Xlsx("bomb-flat", OfficeParts.Zip(OfficeParts.Xlsx(), ZeroEntry("xl/media/image1.png")), "压缩炸弹");
        var padded = OfficeParts.Xlsx();
        padded["xl/worksheets/sheet1.xml"] = OfficeParts.Sheet(new string(' ', BombSize));
        yield return Xlsx("bomb-in-sheet", OfficeParts.Zip(padded), "压缩炸弹");
        yield return Xlsx("bomb-lying-small", OfficeParts.Zip(OfficeParts.Xlsx(), ZeroEntry("xl/media/image1.png", declared: 1000)),
            "声明的大小与实际内容不符");
        var tiny = new RawZip.Entry("xl/media/image1.png", new byte[4096]) { CentralSize = 0xFFFFFFF0, LocalSize = 0xFFFFFFF0 };
        yield return Xlsx("bomb-lying-huge", OfficeParts.Zip(OfficeParts.Xlsx(), tiny), "压缩炸弹");
        yield return Xlsx("bomb-local-disagrees", OfficeParts.Zip(OfficeParts.Xlsx(), ZeroEntry("xl/media/image1.png", declared: 1000, local: BombSize)),
            "声明的大小与实际内容不符");
        yield return Xlsx("bomb-many-entries", OfficeParts.Zip(OfficeParts.Xlsx(),
            [.. Enumerable.Range(0, 5000).Select(i => RawZip.Text($"xl/junk/{i}.bin", "x"))]), "压缩条目过多");
        yield return Xlsx("bomb-zip-in-media", OfficeParts.Zip(OfficeParts.Xlsx(), new RawZip.Entry("xl/media/image2.png", GoodFiles.Xlsx())),
            "是嵌套的压缩包");
        yield return Xlsx("bomb-zip-of-zips", RawZip.Write([.. Enumerable.Range(0, 10).Select(i =>
            new RawZip.Entry($"{i}.zip", RawZip.Write([ZeroEntry("inner.bin")]), Deflate: false))]), "是嵌套的压缩包");
        var inner = OfficeParts.Zip(OfficeParts.Xlsx(), ZeroEntry("xl/media/image1.png"));
        yield return Xlsx("bomb-in-embedding", OfficeParts.Zip(OfficeParts.Xlsx(), new RawZip.Entry("xl/embeddings/chart.xlsx", inner)), "压缩炸弹");
        var middle = OfficeParts.Zip(OfficeParts.Xlsx(), new RawZip.Entry("xl/embeddings/deeper.xlsx", GoodFiles.SdkXlsx()));
        yield return Xlsx("bomb-nested-deep", OfficeParts.Zip(OfficeParts.Xlsx(), new RawZip.Entry("xl/embeddings/chart.xlsx", middle)), "嵌套层次过深");
        yield return Xlsx("bomb-overlapping", Overlapping(), "相互重叠");
    }

    /// <summary>A second directory entry names bytes that lie inside the first entry's stored data (the
    /// overlap non-recursive zip bombs are built from), each header consistent on its own.</summary>
    private static byte[] Overlapping()
    {
        var hidden = RawZip.Text("xl/media/hidden.xml", "<x/>") with { Deflate = false };
        var hiddenZip = RawZip.Write([hidden]);
        var hiddenLocal = hiddenZip.AsSpan(0, 30 + "xl/media/hidden.xml".Length + 4).ToArray();
        const string Outer = "xl/media/outer.bin";
        return OfficeParts.Zip(OfficeParts.Xlsx(),
            new RawZip.Entry(Outer, hiddenLocal, Deflate: false),
            hidden with { CentralOnly = true, Offset = OverlapOffset(Outer) });
    }

    /// <summary>Where the outer entry's data starts: after the workbook's parts and its own local header.</summary>
    private static long OverlapOffset(string outer)
    {
        var before = OfficeParts.Zip(OfficeParts.Xlsx());
        var directory = BitConverter.ToUInt32(before, before.Length - 6);
        return directory + 30 + Encoding.UTF8.GetByteCount(outer);
    }
}
