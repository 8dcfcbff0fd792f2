namespace Ballast.Tests.Security.HostileFiles;

public static partial class HostileCorpus
{
    private static byte[] Noise(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static IEnumerable<HostileFile> Broken()
    {
        const string Damaged = "已损坏或不完整";
        var good = GoodFiles.Xlsx();
        foreach (var (label, at) in new[] { ("10pc", good.Length / 10), ("50pc", good.Length / 2), ("90pc", good.Length * 9 / 10),
                     ("last-byte", good.Length - 1), ("end-record", good.Length - 22) })
        {
            yield return Xlsx("truncated-" + label, good[..at], Damaged);
        }
        yield return Xlsx("junk-after-signature", [0x50, 0x4B, 0x03, 0x04, .. Noise(4096, 1)], Damaged);
        yield return Xlsx("junk-appended", [.. good, .. Noise(1024, 2)], Damaged);
        yield return Xlsx("junk-prepended", [0x00, .. Noise(1023, 3), .. good], "的内容不是Excel 工作簿");
        yield return Xlsx("random-zip", RawZip.Write([.. Enumerable.Range(0, 8).Select(i => new RawZip.Entry($"data/{i}.bin", Noise(512, i)))]),
            "缺少必需的部件");
        yield return Xlsx("bad-crc", OfficeParts.Zip(OfficeParts.Xlsx(), RawZip.Text("xl/media/a.txt", "text") with { Crc = 1 }), "校验和不符");
        yield return Xlsx("encrypted-entries", RawZip.Write([.. OfficeParts.Xlsx().Select(p => RawZip.Text(p.Key, p.Value) with { Flags = 1 })]),
            "已加密");
        yield return Xlsx("bzip2-entries", RawZip.Write([.. OfficeParts.Xlsx().Select(p => RawZip.Text(p.Key, p.Value) with { Method = 12 })]),
            "不支持的压缩方式");
        var sheet = RawZip.Deflate(System.Text.Encoding.UTF8.GetBytes(OfficeParts.Sheet(string.Concat(Enumerable.Repeat("<row/>", 4000)))));
        sheet[sheet.Length / 2] ^= 0xFF;
        var parts = OfficeParts.Xlsx();
        parts.Remove("xl/worksheets/sheet1.xml");
        yield return Xlsx("corrupt-deflate", OfficeParts.Zip(parts, new RawZip.Entry("xl/worksheets/sheet1.xml", sheet, Deflate: false)
        {
            Method = 8, CentralSize = 24_000, LocalSize = 24_000,
        }), "「xl/worksheets/sheet1.xml」");
        yield return Xlsx("empty", [], "是空文件");
        yield return Xlsx("zeros", new byte[4096], "实际是无法识别的格式");
        yield return new("one-byte-over-import", "over.xlsx", GoodFiles.XlsxType, [0x50, 0x4B, 0x03, 0x04, .. new byte[20 * 1024 * 1024 - 3]],
            "超过 10 MB 上限", "超过 20 MB 上限");
        yield return Other("one-byte-over-evidence", ".pdf", "application/pdf", [.. "%PDF-1.7\n"u8, .. new byte[10 * 1024 * 1024 - 8]], "超过 10 MB 上限");
    }
}
