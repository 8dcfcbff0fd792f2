using Ballast.Web.Common.Uploads;
using Microsoft.Extensions.Configuration;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>Every file of the corpus is refused by the inspector, for both purposes, with its own reason.</summary>
public sealed class HostileFileTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder().Build();

    public static TheoryData<string> Cases => HostileCorpus.CaseNames();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_hostile_file_is_refused_for_evidence_and_for_an_import(string name)
    {
        var file = HostileCorpus.Get(name);
        foreach (var (purpose, reason) in new[] { (UploadPurpose.Evidence, file.Evidence), (UploadPurpose.Import, file.Import) })
        {
            var inspection = UploadInspector.Check(file.FileName, file.ContentType, file.Bytes, purpose, UploadLimits.For(purpose, Configuration));

            Assert.False(inspection.Passed, $"{purpose}: passed");
            Assert.Contains(reason, inspection.Refusal.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_corpus_covers_every_family_of_attack()
    {
        var names = HostileCorpus.Cases.Select(c => c.Case).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var family in new[] { "bomb-", "xxe-", "billion-laughs", "truncated-", "junk-", "random-zip", "polyglot", "entry-", "name-",
                     "cfb-", "pdf-javascript", "png-bomb", "jpeg-bomb", "macro-", "dde-", "empty", "one-byte-over" })
        {
            Assert.Contains(names, n => n.Contains(family, StringComparison.Ordinal));
        }
    }
}
