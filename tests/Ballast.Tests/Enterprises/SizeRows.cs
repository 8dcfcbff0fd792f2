using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Enterprises;

namespace Ballast.Tests.Enterprises;

/// <summary>The size table as Ballast seeds it (Data/Seed/enterprise-reference.json), so the tests judge the shipped rows.</summary>
internal static class SizeRows
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static readonly IReadOnlyList<SizeRule> All = Load();

    private static List<SizeRule> Load()
    {
        var json = File.ReadAllText(Path.Combine(RepoFiles.Root(), "src", "Ballast.Web", "Data", "Seed", "enterprise-reference.json"));
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("sizeRules").Deserialize<List<SizeRule>>(Web)!;
    }

    public static SizeRule Of(string code) => All.Single(r => r.Code == code);
}
