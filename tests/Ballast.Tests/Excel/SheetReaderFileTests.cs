using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Ballast.Web.Common.Excel;
using static Ballast.Tests.Excel.ProjectSpecs;

namespace Ballast.Tests.Excel;

public class SheetReaderFileTests
{
    [Fact]
    public void A_text_file_renamed_to_xlsx_is_rejected_with_a_reason()
    {
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes("项目名称,总投资\n甲,1\n"));

        var sheet = SheetReader.Read(csv, All);

        Assert.Equal(["文件不是 Excel 工作簿（.xlsx），请上传 .xlsx 文件"], sheet.Errors);
        Assert.Empty(sheet.Rows);
        Assert.False(sheet.IsValid);
    }

    [Fact]
    public void An_xls_file_is_rejected_with_a_reason()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        using var xls = new MemoryStream(ole);

        var sheet = SheetReader.Read(xls, All);

        Assert.Equal("文件是旧版 Excel（.xls）格式或已加密，请在 Excel 中另存为 .xlsx（并取消密码）后再上传", Assert.Single(sheet.Errors));
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_rejected_with_a_reason()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
            w.Write("<document/>");
        }

        var sheet = SheetReader.Read(zip, All);

        Assert.Equal(["文件缺少 Excel 工作簿的必需部分（工作簿或工作表），可能已损坏"], sheet.Errors);
    }

    [Fact]
    public void An_empty_upload_is_rejected()
    {
        using var empty = new MemoryStream();

        Assert.Equal(["文件为空"], SheetReader.Read(empty, All).Errors);
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_bytes_also_for_forward_only_streams()
    {
        using var xlsx = Xlsx.Build(["项目名称", "总投资"], ["甲", 1d]);
        var expected = Convert.ToHexStringLower(SHA256.HashData(xlsx.ToArray()));

        var seekable = SheetReader.Read(xlsx, All);
        xlsx.Position = 0;
        var forwardOnly = SheetReader.Read(new ForwardOnlyStream(xlsx), All);

        Assert.Equal(expected, seekable.FileSha256);
        Assert.Equal(expected, forwardOnly.FileSha256);
        Assert.Equal("甲", Assert.Single(forwardOnly.Rows).GetString("Name"));
    }

    [Fact]
    public void Rows_beyond_the_cap_are_a_sheet_error()
    {
        using var xlsx = Xlsx.Build(
            ["项目名称", "总投资"], ["甲", 1d], ["乙", 2d], ["丙", 3d], ["丁", 4d]);

        var sheet = SheetReader.Read(xlsx, All, new SheetReadOptions { MaxRows = 3 });

        Assert.Equal(["数据行超过上限 3 行，请拆分文件后分批导入"], sheet.Errors);
        Assert.False(sheet.IsValid);
    }

    [Fact]
    public void Exactly_the_cap_is_fine()
    {
        using var xlsx = Xlsx.Build(["项目名称", "总投资"], ["甲", 1d], ["乙", 2d], ["丙", 3d]);

        var sheet = SheetReader.Read(xlsx, All, new SheetReadOptions { MaxRows = 3 });

        Assert.Empty(sheet.Errors);
        Assert.Equal(3, sheet.Rows.Count);
    }

    [Fact]
    public void Progress_reports_rows_read()
    {
        var rows = new List<object?[]> { new object?[] { "项目名称", "总投资" } };
        rows.AddRange(Enumerable.Range(1, 1200).Select(i => new object?[] { $"项目{i}", (double)i }));
        using var xlsx = Xlsx.Build(rows, merges: []);
        var reports = new List<int>();

        var sheet = SheetReader.Read(xlsx, All, progress: new SyncProgress(reports.Add));

        Assert.Equal(1200, sheet.Rows.Count);
        Assert.Equal([500, 1000, 1201], reports);
        Assert.Equal(1201, sheet.Rows[^1].RowNumber);
    }

    [Fact]
    public void A_named_sheet_is_read_and_a_missing_one_reported()
    {
        using var book = Xlsx.Sheets(
            ("说明", [["本表用于重点项目填报"]]),
            ("项目", [["项目名称", "总投资"], ["甲", 1d]]));

        var first = SheetReader.Read(book, All);
        book.Position = 0;
        var named = SheetReader.Read(book, All, new SheetReadOptions { SheetName = "项目" });
        book.Position = 0;
        var missing = SheetReader.Read(book, All, new SheetReadOptions { SheetName = "汇总" });

        Assert.Equal("说明", first.SheetName);
        Assert.StartsWith("未找到表头", Assert.Single(first.Errors), StringComparison.Ordinal);
        Assert.Equal("甲", Assert.Single(named.Rows).GetString("Name"));
        Assert.Equal(["找不到工作表「汇总」，文件中的工作表：说明、项目"], missing.Errors);
    }

    [Fact]
    public void Contradictory_specs_are_a_programming_error()
    {
        using var xlsx = Xlsx.Build(["项目名称"], ["甲"]);
        ColumnSpec[] specs = [Name, new("Other", "其他", ColumnKind.Text) { Synonyms = ["项目"] }];

        Assert.Throws<ArgumentException>(() => SheetReader.Read(xlsx, specs));
    }

    /// <summary>Progress&lt;T&gt; posts asynchronously; tests need the calls in order.</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
