using System.Text.RegularExpressions;
using Ballast.Web.Common.Codes;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Reference;

namespace Ballast.Tests.Operability;

/// <summary>Every Chinese text a page can show has its English counterpart.</summary>
public sealed partial class LocalizationTests
{
    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ballast.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Ballast.slnx not found"), "src", "Ballast.Web");
    }

    [Fact]
    public void Every_text_in_pages_and_code_has_an_English_entry()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SourceRoot(), "*.cs*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/Migrations/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Localized().Matches(text))
            {
                keys.Add(m.Groups[1].Value);
            }
            foreach (Match m in Annotated().Matches(text))
            {
                if (Han().IsMatch(m.Groups[1].Value))
                {
                    keys.Add(m.Groups[1].Value);
                }
            }
            // Messages that rule classes return and pages pass through the localizer.
            if (file.EndsWith(".cs", StringComparison.Ordinal) && IsUserFacingCode(file))
            {
                foreach (Match m in PlainLiteral().Matches(text))
                {
                    var value = m.Groups[1].Value;
                    if (Han().IsMatch(value) && !value.Contains('{', StringComparison.Ordinal) && !NotShown.Contains(value))
                    {
                        keys.Add(value);
                    }
                }
            }
        }
        keys.UnionWith(Nav.Items.Select(i => i.Text));
        keys.UnionWith(Nav.Items.Select(i => i.Section).Where(s => s.Length > 0));
        keys.UnionWith(Roles.All.Select(Roles.DisplayName));
        keys.UnionWith(Enum.GetValues<ProjectStage>().Select(StageNames.Of));
        keys.UnionWith(Enum.GetValues<UnitKind>().Select(UnitKindNames.Of));
        keys.UnionWith(Enum.GetValues<RegionLevel>().Select(RegionLevelNames.Of));

        Assert.True(keys.Count > 80, $"only {keys.Count} texts found: is the source scan still looking in the right place?");
        var missing = keys.Where(k => !Texts.EnglishTexts.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "no English for: " + string.Join(" | ", missing));
    }

    /// <summary>A column in 万元 or 亿元 reads the same in English on every page: (10k yuan), (100m yuan).</summary>
    [Theory]
    [InlineData("（万元）", "(10k yuan)")]
    [InlineData("（亿元）", "(100m yuan)")]
    public void Amount_columns_name_their_unit_one_way(string chinese, string english)
    {
        var odd = Texts.EnglishTexts.Where(kv => kv.Key.EndsWith(chinese, StringComparison.Ordinal) && !kv.Value.EndsWith(english, StringComparison.Ordinal))
            .Select(kv => kv.Key + " → " + kv.Value).ToList();
        Assert.True(odd.Count == 0, string.Join(" | ", odd));
    }

    /// <summary>Feature code speaks to users; parsers and code checks word their own messages with values in them.</summary>
    private static bool IsUserFacingCode(string file) =>
        file.Contains("/Features/", StringComparison.Ordinal) && !file.EndsWith("Api.cs", StringComparison.Ordinal)
        && !file.EndsWith("Configuration.cs", StringComparison.Ordinal) && !file.Contains("/Features/Organisation/UsersCommand", StringComparison.Ordinal)
        // Import specs hold the header words people write in sheets; page models localise through T[...].
        && !file.EndsWith("Specs.cs", StringComparison.Ordinal) && !file.EndsWith(".cshtml.cs", StringComparison.Ordinal);

    /// <summary>Chinese literals used for matching, never shown.</summary>
    private static readonly HashSet<string> NotShown = new(StringComparer.Ordinal) { "（演示）", "(演示)", "有限公司", "股份", "青岛市", "青岛", "项目", "约 ", "产业", "（万元）" };

    [GeneratedRegex("(?<![\\$@])\"((?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex PlainLiteral();

    [GeneratedRegex("\\b[Tt]\\[\"([^\"]+)\"")]
    private static partial Regex Localized();

    [GeneratedRegex("(?:ErrorMessage|Name) = \"([^\"]+)\"")]
    private static partial Regex Annotated();

    [GeneratedRegex("[\\u4e00-\\u9fff]")]
    private static partial Regex Han();
}
