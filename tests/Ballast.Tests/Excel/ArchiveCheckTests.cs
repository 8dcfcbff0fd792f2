using System.Diagnostics;
using System.IO.Compression;
using Ballast.Web.Common.Excel;
using static Ballast.Tests.Excel.ProjectSpecs;

namespace Ballast.Tests.Excel;

/// <summary>Hostile archives are refused from the central directory, before MiniExcel inflates anything.</summary>
public class ArchiveCheckTests
{
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string TooLarge = "文件解压后过大（可能是压缩炸弹），请检查文件或拆分后再上传";

    private static IReadOnlyList<string> Errors(Stream xlsx, SheetReadOptions? options = null) => SheetReader.Read(xlsx, All, options).Errors;

    [Fact]
    public void Thousands_of_junk_entries_are_refused()
    {
        using var xlsx = HostileZips.With(zip => Enumerable.Range(0, 20_000).ToList().ForEach(i => HostileZips.Add(zip, $"junk/{i}")));

        Assert.Equal(["文件中的压缩条目过多，不是正常的 Excel 工作簿"], Errors(xlsx));
    }

    [Theory]
    [InlineData("../evil.xml")]
    [InlineData("xl/../../evil.xml")]
    [InlineData(@"xl\..\evil.xml")]
    [InlineData("/etc/passwd")]
    [InlineData(@"\windows\evil.xml")]
    [InlineData("C:/evil.xml")]
    [InlineData("xl/evil\0.xml")]
    [InlineData("xl/evil\n.xml")]
    public void Entry_names_that_leave_the_package_are_refused(string name)
    {
        using var xlsx = HostileZips.With(zip => HostileZips.Add(zip, name));

        Assert.Equal(["文件中含有不安全的路径，已拒绝读取"], Errors(xlsx));
    }

    [Theory]
    [InlineData("[Content_Types].xml")]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("xl/_rels/workbook.xml.rels")]
    public void A_workbook_without_a_required_part_is_refused(string part)
    {
        using var xlsx = Xlsx.Build(["项目名称", "总投资"], ["甲", 1d]);
        using (var zip = new ZipArchive(xlsx, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
        }

        xlsx.Position = 0;
        Assert.Equal(["文件缺少 Excel 工作簿的必需部分（工作簿或工作表），可能已损坏"], Errors(xlsx));
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_its_compression_ratio_before_inflating()
    {
        using var bomb = HostileZips.With(zip => HostileZips.Add(zip, "xl/media/image1.png", zeros: 64 * 1024 * 1024));
        var clock = Stopwatch.StartNew();

        Assert.Equal([TooLarge], Errors(bomb));
        Assert.InRange(clock.ElapsedMilliseconds, 0, 300);
    }

    [Fact]
    public void Declared_sizes_over_the_cap_are_refused()
    {
        var random = new Random(7);
        var noise = new byte[300_000];
        random.NextBytes(noise); // incompressible: no ratio alarm, only the total
        using var big = HostileZips.With(zip => zip.CreateEntry("xl/media/noise.bin").Open().Write(noise));

        Assert.Equal([TooLarge], Errors(big, new SheetReadOptions { MaxUncompressedBytes = 200_000 }));
    }

    [Fact]
    public void A_sheet_that_inflates_past_its_declared_size_is_cut_at_that_size()
    {
        // The framework stops inflating at the declared size, so the padding never arrives and the XML ends early.
        var padding = new string(' ', 4 * 1024 * 1024);
        using var honest = RawXlsx.Sheet($"""<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称{padding}</t></is></c></row>""");
        using var lying = new MemoryStream(HostileZips.LieAboutSize(honest, "xl/worksheets/sheet1.xml", 2_000));
        var clock = Stopwatch.StartNew();
        var errors = Errors(lying, new SheetReadOptions { MaxUncompressedBytes = 1024 * 1024 });

        Assert.Equal(["无法读取文件：文件已损坏，或不是 Excel 工作簿（.xlsx）"], errors);
        Assert.InRange(clock.ElapsedMilliseconds, 0, 500);
    }

    [Fact]
    public void One_part_named_by_many_relationships_counts_every_time_it_is_inflated()
    {
        // Each declared size is honest and small; the amplification is in reading the same part over and over.
        var cell = $"""<row r="1"><c r="A1" t="inlineStr"><is><t>{new string('x', 100_000)}</t></is></c></row>""";
        using var xlsx = RawXlsx.Sheet(cell, sheetTarget: "worksheets/sheet1.xml");
        using (var zip = new ZipArchive(xlsx, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/_rels/workbook.xml.rels")!.Delete();
            var rels = Enumerable.Range(1, 50).Select(i =>
                $"""<Relationship Id="rId{i}" Type="{RelNs}/worksheet" Target="worksheets/sheet1.xml"/>""");
            using var writer = new StreamWriter(zip.CreateEntry("xl/_rels/workbook.xml.rels").Open());
            writer.Write($"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(rels)}</Relationships>""");
        }

        xlsx.Position = 0;
        Assert.Equal([TooLarge], Errors(xlsx, new SheetReadOptions { MaxUncompressedBytes = 1024 * 1024 }));
    }
}
