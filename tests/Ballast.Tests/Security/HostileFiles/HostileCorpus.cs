namespace Ballast.Tests.Security.HostileFiles;

/// <summary>
/// Every hostile file the suite throws at the uploads, built in memory: zip bombs, XXE and billion laughs,
/// truncated and padded archives, disguises and polyglots, unsafe entry and file names, active content in
/// Office files and PDFs, image bombs. Each family is a partial of this class; each case names the
/// reason its refusal must give.
/// </summary>
public static partial class HostileCorpus
{
    private static readonly Lazy<IReadOnlyList<HostileFile>> All = new(() =>
        [.. Bombs(), .. Xml(), .. Broken(), .. Disguises(), .. BadNames(), .. Active(), .. Pdfs(), .. Images()]);

    public static IReadOnlyList<HostileFile> Cases => All.Value;

    public static HostileFile Get(string name) => Cases.Single(c => c.Case == name);

    public static TheoryData<string> CaseNames() => [.. Cases.Select(c => c.Case)];

    /// <summary>A workbook case: refused for the same reason whether it is evidence or an import.</summary>
    private static HostileFile Xlsx(string name, byte[] bytes, string reason) =>
        new(name, name + ".xlsx", GoodFiles.XlsxType, bytes, reason, reason);

    /// <summary>Any other kind: an import refuses it for its type before looking inside.</summary>
    private static HostileFile Other(string name, string extension, string type, byte[] bytes, string reason) =>
        new(name, name + extension, type, bytes, reason, HostileFile.NotForImport);
}
