namespace Ballast.Web.Common;

/// <summary>The arguments of the administrative commands.</summary>
public static class CommandLine
{
    /// <summary>Reads <c>--key value</c> pairs; a <c>--flag</c> followed by another option or by
    /// nothing is present with an empty value.</summary>
    public static Dictionary<string, string> Options(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            map[args[i][2..]] = hasValue ? args[++i] : "";
        }
        return map;
    }
}
