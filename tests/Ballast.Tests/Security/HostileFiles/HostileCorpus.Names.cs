namespace Ballast.Tests.Security.HostileFiles;

public static partial class HostileCorpus
{
    private static IEnumerable<HostileFile> BadNames()
    {
        const string Unsafe = "路径不安全";
        foreach (var (label, entry) in new[]
                 {
                     ("dotdot", "../evil.xml"), ("dotdot-inside", "xl/../../evil.xml"), ("backslash-dotdot", @"..\evil.xml"),
                     ("absolute", "/etc/passwd"), ("absolute-backslash", @"\windows\evil.xml"), ("drive", "C:/evil.xml"),
                     ("nul", "xl/evil\0.xml"), ("newline", "xl/evil\n.xml"), ("rtl", "xl/\u202Elmx.exe"), ("empty-segment", "xl//evil.xml"),
                     ("dot", "./xl/evil.xml"), ("stream-colon", "xl/evil.xml:stream"),
                 })
        {
            yield return Xlsx("entry-" + label, OfficeParts.Zip(OfficeParts.Xlsx(), RawZip.Text(entry, "<x/>")), Unsafe);
        }
        var parts = OfficeParts.Xlsx();
        yield return Xlsx("entry-duplicate", OfficeParts.Zip(parts, RawZip.Text("xl/workbook.xml", parts["xl/workbook.xml"])), "与另一条目重名");
        yield return Xlsx("entry-duplicate-case", OfficeParts.Zip(parts, RawZip.Text("XL/Workbook.xml", parts["xl/workbook.xml"])), "与另一条目重名");

        const string Marks = "含有控制字符或文字方向控制符";
        yield return Xlsx("name-rtl-override", GoodFiles.Xlsx(), Marks) with { FileName = "invoice\u202Efdp.xlsx" };
        yield return Xlsx("name-zero-width", GoodFiles.Xlsx(), Marks) with { FileName = "台\u200B账.xlsx" };
        yield return Xlsx("name-tab", GoodFiles.Xlsx(), Marks) with { FileName = "台\t账.xlsx" };
        yield return Xlsx("name-long", GoodFiles.Xlsx(), "过长（最多 255 个字符）") with { FileName = new string('长', 300) + ".xlsx" };
        yield return Xlsx("name-very-long", GoodFiles.Xlsx(), "过长（最多 255 个字符）") with { FileName = new string('a', 1000) + ".xlsx" };
        yield return Xlsx("name-only-extension", GoodFiles.Xlsx(), HostileFile.NotForImport) with { FileName = ".xlsx" };
    }
}
