using Ballast.Web.Common.Excel;
using static System.FormattableString;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Text;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects.Import;

namespace Ballast.Web.Features.Compendium;

/// <summary>The cells of a policy row that are names rather than values: the area by unit name, chains by name,
/// divisions by code, the first contact. Null where the row leaves them empty (the stored value stays).</summary>
internal sealed record PolicyCells(bool HasLevel, Unit? Area, List<int>? ChainIds, List<string>? Divisions, PolicyContactInput? Contact)
{
    private static readonly char[] Separators = ['、', ',', '，', ';', '；', '\n'];

    public static PolicyCells Read(ParsedRow r, ImportLookups lookups, Texts t, List<string> problems)
    {
        var area = lookups.District(r.GetString("Area"), t["适用区市或园区"], problems);
        var chains = Split(r.GetString("Chains"))?.Select(n => lookups.Chain(n, problems)).OfType<Reference.Chain>().Select(c => c.Id).ToList();
        var divisions = Split(r.GetString("Divisions"))?.SelectMany(d => d.Split(' ')).Select(d => TextNormalizer.ToHalfWidth(d).Trim().ToUpperInvariant())
            .Where(d => d.Length > 0).ToList();
        var (unit, name, phone) = (r.GetString("ContactUnit"), r.GetString("ContactName"), r.GetString("ContactPhone"));
        var contact = unit is null && name is null && phone is null ? null : new PolicyContactInput { Unit = unit, Name = name, Phone = phone };
        return new PolicyCells(r.GetString("Level") is not null, area, chains, divisions, contact);
    }

    /// <summary>Lays the cells over the input. A new policy with no level takes it from its area (a district or
    /// a park), else it is a city one; a city policy with no area cell drops the area it had.</summary>
    public void Apply(PolicyInput input, bool isNew)
    {
        if (isNew && !HasLevel && Area is not null)
        {
            input.Level = Area.Kind == UnitKind.Park ? PolicyLevel.Park : PolicyLevel.District;
        }
        input.AreaUnitId = Area?.Id ?? (input.Level == PolicyLevel.City ? null : input.AreaUnitId);
        input.ChainIds = ChainIds ?? input.ChainIds;
        input.DivisionCodes = Divisions ?? input.DivisionCodes;
        if (Contact is { } c)
        {
            var first = input.Contacts.FirstOrDefault() ?? new PolicyContactInput();
            (first.Unit, first.Name, first.Phone) = (c.Unit ?? first.Unit, c.Name ?? first.Name, c.Phone ?? first.Phone);
            input.Contacts = [first, .. input.Contacts.Skip(1)];
        }
    }

    /// <summary>Whether the saved policy would read as it does now (lists as sets, texts as stored).</summary>
    public static bool Same(PolicyInput stored, PolicyInput row) =>
        Flat(stored).SequenceEqual(Flat(row), StringComparer.Ordinal);

    private static IEnumerable<string?> Flat(PolicyInput p) =>
    [
        p.Title, p.DocumentNumber, p.Issuer, $"{p.Level}", $"{p.Kind}", Invariant($"{p.AreaUnitId}|{p.EffectiveOn:O}|{p.ExpiresOn:O}|{p.IsPublished}"),
        Text(p.Summary), Text(p.FullText),
        string.Join(',', p.ChainIds.Order()), string.Join(',', p.DivisionCodes.Order(StringComparer.Ordinal)),
        .. p.Contacts.Select(c => $"{c.Unit}|{c.Name}|{c.Phone}"),
    ];

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.ReplaceLineEndings("\n").Trim();

    private static List<string>? Split(string? cell) =>
        cell is null ? null : [.. cell.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The save's refusal under the column it concerns, unless it names the column already.</summary>
    public static string Named(string field, string message, Texts t)
    {
        var column = field.StartsWith("Contacts[", StringComparison.Ordinal)
            ? (field.EndsWith("Phone", StringComparison.Ordinal) ? "联系电话" : "联系单位")
            : PolicyImportSpecs.All.FirstOrDefault(s => s.Key == field)?.Title ?? FieldColumns.GetValueOrDefault(field);
        var header = column is null ? null : t[column].Value;
        return header is null || message.Contains(header, StringComparison.Ordinal) ? message : $"「{header}」{message}";
    }

    private static readonly Dictionary<string, string> FieldColumns = new(StringComparer.Ordinal)
    {
        [nameof(PolicyInput.AreaUnitId)] = "适用区市或园区", [nameof(PolicyInput.ChainIds)] = "所属产业链", [nameof(PolicyInput.DivisionCodes)] = "行业大类",
    };
}
