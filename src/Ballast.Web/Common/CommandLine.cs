namespace Ballast.Web.Common;

/// <summary>The arguments of the administrative commands.</summary>
public static class CommandLine
{
    /// <summary>Reads <c>--key value</c> pairs.</summary>
    public static Dictionary<string, string> Options(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                map[args[i][2..]] = args[i + 1];
            }
        }
        return map;
    }
}
