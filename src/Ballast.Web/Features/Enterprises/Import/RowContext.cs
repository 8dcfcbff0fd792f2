using System.Text.RegularExpressions;
using Ballast.Web.Common.Codes;
using Ballast.Web.Common.Text;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects.Import;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>What one import reads once and every row asks: the registry's firms, the district names, the
/// designation kinds, the rows seen so far.</summary>
internal sealed partial class RowContext
{
    public required FirmIndex Firms { get; init; }
    public required ImportLookups Lookups { get; init; }
    public required List<DesignationKind> Kinds { get; init; }
    public Dictionary<string, int> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>Firms this sheet creates, by the row that first names them: their ids once written.</summary>
    public Dictionary<int, int> Created { get; } = [];

    /// <summary>The firms to register, by the row that first names them.</summary>
    public Dictionary<int, EnterpriseInput> Planned { get; } = [];

    public static async Task<RowContext> LoadAsync(AppDbContext db) => new()
    {
        Firms = await FirmIndex.LoadAsync(db),
        Lookups = await ImportLookups.LoadAsync(db),
        Kinds = await db.DesignationKinds.AsNoTracking().OrderBy(k => k.SortOrder).ToListAsync(),
    };

    public Unit? District(string? text, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }
        var plain = TextNormalizer.Code(text);
        plain = plain.StartsWith("青岛市", StringComparison.Ordinal) ? plain[3..] : plain;
        return Lookups.District(EnterpriseImportSpecs.Successors.GetValueOrDefault(plain, text), problems);
    }

    /// <summary>The code normalised, or null; a malformed code or a failed check the registry does not already hold is a problem.</summary>
    public string? Code(string? text, List<string> problems, bool noteGiven = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var uscc = Uscc.Check(text);
        if (uscc.Status == UsccStatus.Malformed)
        {
            problems.Add($"「统一社会信用代码」{uscc.Problem}");
        }
        else if (uscc.Status == UsccStatus.CheckFailed && !noteGiven && Firms.Find(uscc.Value, "", out _) is null)
        {
            problems.Add($"「统一社会信用代码」{uscc.Problem}；确属早期代码的，请先在企业库登记并填写保留说明");
        }
        return uscc.Value;
    }

    /// <summary>A four-digit year in the cell (２０２３年度, 2023年第一批), else the form's, else a problem.</summary>
    public static int? Year(string? text, int? chosen, List<string> problems, string column)
    {
        if (text is not null && FourDigits().Match(TextNormalizer.ToHalfWidth(text)) is { Success: true } m)
        {
            return int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (chosen is null)
        {
            problems.Add(text is null ? $"未填「{column}」，请在上传时选择年度" : $"未能从「{column}」识别年度：{text}，请在上传时选择年度");
        }
        return chosen;
    }

    /// <summary>The first row with the same key, or null (and the key is remembered).</summary>
    public int? SeenBefore(string key, int row)
    {
        if (Seen.TryGetValue(key, out var first))
        {
            return first;
        }
        Seen[key] = row;
        return null;
    }

    [GeneratedRegex("(19|20)[0-9]{2}")]
    private static partial Regex FourDigits();
}
