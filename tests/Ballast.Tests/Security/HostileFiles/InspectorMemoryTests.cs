using Ballast.Web.Common.Uploads;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>The inspector streams what it inflates: a part that inflates to 64 MB is read through, not held,
/// and a bomb is stopped within a megabyte or two of inflating, whatever its headers claim.</summary>
public sealed class InspectorMemoryTests
{
    private const long Bound = 24L * 1024 * 1024;

    /// <summary>The ratio check is lifted so that the whole part is inflated and read, as a part within the ratio would be.</summary>
    private static readonly UploadLimits Lifted = new() { MaxCompressionRatio = 1_000_000 };

    private static (bool Passed, long Allocated) Inspect(byte[] file, UploadLimits limits)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var passed = UploadInspector.Check("台账.xlsx", GoodFiles.XlsxType, file, UploadPurpose.Evidence, limits).Passed;
        return (passed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("whitespace")]
    [InlineData("text")]
    public void A_part_that_inflates_to_64_MB_is_read_through_in_a_bounded_buffer(string filler)
    {
        var parts = OfficeParts.Xlsx();
        const int Size = 64 * 1024 * 1024;
        parts["xl/worksheets/sheet1.xml"] = OfficeParts.Sheet(filler == "text"
            ? $"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>{new string('x', Size)}</t></is></c></row>"
            : new string(' ', Size));
        var file = OfficeParts.Zip(parts);

        var (passed, allocated) = Inspect(file, Lifted);

        Assert.True(passed);
        Assert.InRange(allocated, 0, Bound);
    }

    [Theory]
    [InlineData("bomb-lying-small")]
    [InlineData("bomb-in-embedding")]
    [InlineData("bomb-in-sheet")]
    [InlineData("bomb-zip-of-zips")]
    public void A_bomb_is_stopped_before_it_inflates_far(string name)
    {
        var (passed, allocated) = Inspect(HostileCorpus.Get(name).Bytes, new UploadLimits());

        Assert.False(passed);
        Assert.InRange(allocated, 0, Bound);
    }

    [Fact]
    public void The_budget_counts_every_entry_together()
    {
        var parts = OfficeParts.Xlsx();
        for (var i = 0; i < 4; i++)
        {
            parts[$"xl/media/filler{i}.xml"] = "<x>" + new string('a', 1024 * 1024) + "</x>";
        }

        var refusal = UploadInspector.Check("台账.xlsx", GoodFiles.XlsxType, OfficeParts.Zip(parts), UploadPurpose.Evidence,
            new UploadLimits { MaxInflatedBytes = 3 * 1024 * 1024, MaxCompressionRatio = 1_000_000 }).Refusal;

        Assert.Equal("文件「台账.xlsx」解压后超过 3 MB（可能是压缩炸弹）", refusal?.ToString());
    }
}
