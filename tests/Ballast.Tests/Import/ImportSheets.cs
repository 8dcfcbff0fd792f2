using Ballast.Tests.Excel;

namespace Ballast.Tests.Import;

/// <summary>Generated project sheets of any length, in the template's column names.</summary>
internal static class ImportSheets
{
    public static readonly object?[] Header = ["项目名称", "区市", "总投资（万元）", "项目代码"];

    /// <summary>One row per number: its name, district and total from the given functions; no code unless given.</summary>
    public static MemoryStream Projects(int count, Func<int, object?[]> row) =>
        Xlsx.Build([Header, .. Enumerable.Range(1, count).Select(row)], merges: []);
}
