using System.IO.Compression;
using System.Text;
using Ballast.Web.Common.Excel;
using static Ballast.Tests.Excel.ProjectSpecs;

namespace Ballast.Tests.Excel;

/// <summary>Whatever bytes arrive, Read answers with rows or errors: an exception would be a 500 for the uploader.</summary>
public class SheetReaderFuzzTests
{
    private static readonly string[] Junk =
        ["<", ">", "&", "\"", "</row>", "<row>", "<c r=\"ZZZZ9\">", "<c r=\"A0\"/>", "r=\"-1\"", "<v>x</v>", "t=\"s\"", "&#0;", "\u0001",
         "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<is><t>", "<row r=\"1048577\">", "<c r=\"XFE1\"><v>1</v></c>", "Target=\"/\""];

    public static TheoryData<string, int> Cases() => new() { { "truncate", 100 }, { "flip", 150 }, { "damage", 250 } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_workbooks_never_throw(string kind, int count)
    {
        object?[][] rows =
        [
            ["填报单位：市南区", null, "单位：亿元"], ["项目名称", "总投资", "计划开工日期"],
            ["甲", 1.5, new DateTime(2023, 3, 1)], ["乙", "2", "2023年3月1日"],
        ];
        var valid = Xlsx.Build(rows, merges: ["A1:B1"]).ToArray();
        var random = new Random(20_240_601 + count);
        for (var i = 0; i < count; i++)
        {
            var bytes = kind switch
            {
                "truncate" => valid[..random.Next(valid.Length)],
                "flip" => Flip(valid, random),
                _ => Damage(valid, random),
            };

            var sheet = SheetReader.Read(new MemoryStream(bytes), All);

            Assert.True(sheet.Errors.Count > 0 || sheet.Rows.Count > 0, $"{kind} #{i}: neither rows nor errors");
        }
    }

    private static byte[] Flip(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        for (var n = random.Next(1, 9); n > 0; n--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
        }

        return bytes;
    }

    /// <summary>Re-zips the package with one part's XML broken, so the zip is sound and the damage reaches the parsers.</summary>
    private static byte[] Damage(byte[] valid, Random random)
    {
        using var source = new ZipArchive(new MemoryStream(valid));
        var parts = source.Entries.Select(e => (e.FullName, Text: new StreamReader(e.Open()).ReadToEnd())).ToList();
        var target = random.Next(parts.Count);
        var text = parts[target].Text;
        var at = random.Next(text.Length);
        var length = random.Next(Math.Min(40, text.Length - at) + 1);
        parts[target] = (parts[target].FullName, random.Next(3) switch
        {
            0 => text.Remove(at, length),
            1 => text.Insert(at, Junk[random.Next(Junk.Length)]),
            _ => text.Insert(at, text.Substring(at, length)),
        });

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return output.ToArray();
    }
}
