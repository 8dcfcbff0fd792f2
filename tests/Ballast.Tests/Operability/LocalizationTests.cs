using System.Text.RegularExpressions;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;

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
        }
        keys.UnionWith(Nav.Items.Select(i => i.Text));
        keys.UnionWith(Roles.All.Select(Roles.DisplayName));
        keys.UnionWith(Enum.GetValues<ProjectStage>().Select(StageNames.Of));

        Assert.True(keys.Count > 80, $"only {keys.Count} texts found: is the source scan still looking in the right place?");
        var missing = keys.Where(k => !Texts.EnglishTexts.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "no English for: " + string.Join(" | ", missing));
    }

    [GeneratedRegex("\\b[Tt]\\[\"([^\"]+)\"")]
    private static partial Regex Localized();

    [GeneratedRegex("(?:ErrorMessage|Name) = \"([^\"]+)\"")]
    private static partial Regex Annotated();

    [GeneratedRegex("[\\u4e00-\\u9fff]")]
    private static partial Regex Han();
}
