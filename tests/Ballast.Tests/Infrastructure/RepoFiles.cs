namespace Ballast.Tests.Infrastructure;

/// <summary>Files of the repository the tests keep true to the code (docs with checked blocks).</summary>
public static class RepoFiles
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ballast.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("Ballast.slnx not found above the test binaries");
    }

    /// <summary>The lines of a fenced block (```name … ```) in a doc, or null when it has none.</summary>
    public static List<string>? Block(string relativePath, string name)
    {
        var doc = File.ReadAllLines(Path.Combine(Root(), relativePath));
        var start = Array.IndexOf(doc, "```" + name);
        return start < 0 ? null : doc.Skip(start + 1).TakeWhile(l => l != "```").ToList();
    }
}
