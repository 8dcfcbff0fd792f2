using Ballast.Web.Common.Uploads;
using Microsoft.Extensions.Logging;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>Good files of every kind, damaged at random — bytes flipped, cut short, bytes inserted — are
/// answered by a check that foresaw them: the inspector never throws and never falls back to its
/// catch-all for an unforeseen exception.</summary>
public sealed class InspectorFuzzTests
{
    private sealed class Unforeseen : ILogger
    {
        public List<string> Seen { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Seen.Add(formatter(state, exception));
    }

    public static TheoryData<string> Kinds => ["xlsx", "docx", "pptx", "ofd", "pdf", "png", "jpg"];

    private static (string Name, string Type, byte[] Bytes) Good(string kind) => kind switch
    {
        "xlsx" => ("a.xlsx", GoodFiles.XlsxType, GoodFiles.Xlsx()),
        "docx" => ("a.docx", GoodFiles.DocxType, GoodFiles.DocxWithEmbeddedWorkbook()),
        "pptx" => ("a.pptx", GoodFiles.PptxType, GoodFiles.Pptx()),
        "ofd" => ("a.ofd", "", GoodFiles.Ofd()),
        "pdf" => ("a.pdf", "application/pdf", PdfBuilder.Build(
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", PdfBuilder.ObjectStream(4, "<< /Title (台账) >>"))),
        "png" => ("a.png", "image/png", GoodFiles.Png()),
        _ => ("a.jpg", "image/jpeg", GoodFiles.Jpeg()),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Damaged_files_of_every_kind_are_answered_by_a_foreseen_check(string kind)
    {
        var (name, type, good) = Good(kind);
        var random = new Random(kind.Length * 7919 + kind[0]);
        var log = new Unforeseen();
        for (var i = 0; i < 600; i++)
        {
            var bytes = (i % 3) switch
            {
                0 => Flip(good, random, 1 + random.Next(8)),
                1 => good[..random.Next(1, good.Length)],
                _ => Insert(good, random),
            };
            var inspection = UploadInspector.Check(name, type, bytes, UploadPurpose.Evidence, new UploadLimits(), log);
            Assert.True(inspection.Passed || inspection.Refusal is not null);
        }

        Assert.Empty(log.Seen);
    }

    private static byte[] Flip(byte[] good, Random random, int count)
    {
        var bytes = (byte[])good.Clone();
        for (var k = 0; k < count; k++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
        }
        return bytes;
    }

    private static byte[] Insert(byte[] good, Random random)
    {
        var at = random.Next(good.Length);
        var junk = new byte[1 + random.Next(64)];
        random.NextBytes(junk);
        return [.. good[..at], .. junk, .. good[at..]];
    }
}
