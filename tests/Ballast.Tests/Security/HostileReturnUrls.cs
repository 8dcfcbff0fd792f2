namespace Ballast.Tests.Security;

/// <summary>"Go back to" values a hostile link or a careless one carries, generated from the ways a
/// browser reads an address as another host: scheme-relative, backslashes, schemes, whitespace and
/// control characters that browsers drop, encodings, lengths, and nothing at all.</summary>
internal static class HostileReturnUrls
{
    private static readonly string[] Hosts = ["evil.example", "evil.example:8443/x?y=1", "127.0.0.1.evil.example"];

    private static readonly string[] Prefixes =
    [
        "//", "/\\", "\\\\", "\\/", "///", "/\\/", "//\\", "/%5C", "/%2F", "https://", "http://", "HTTPS://", "ftp://", "http:",
        "https:/", "//@", "/\t/", "/\r\n/", "/\n/", "\t//", " //", "/\u0000/", "/\u0001", "\u000b//", "/\u007f/",
        "\u3000//", "／／", "%2F%2F", "%2f%5c", "/\u200b/", "//%09", "javascript:alert(1)//", "JaVaScRiPt:alert(1)//",
        "data:text/html,<script>alert(1)</script>//", "vbscript:msgbox(1)//", "~//", "~/\\",
    ];

    public static IEnumerable<string> All() =>
        Prefixes.SelectMany(p => Hosts.Select(h => p + h))
            .Concat(["", " ", "/\t", "\r\n", "javascript:alert(1)", "/" + new string('a', 5000), "/" + new string('/', 3000), "?x=1", "#top", "."]);

    /// <summary>Local addresses that must survive, each with the Location it must give.</summary>
    public static readonly (string Value, string Location)[] Local =
    [
        ("/Projects?Year=2023&List=key", "/Projects?Year=2023&List=key"),
        ("/", "/"),
        ("/Programme/Bulletin?Year=2023&Month=9#top", "/Programme/Bulletin?Year=2023&Month=9#top"),
        ("/Projects?q=青岛 港", "/Projects?q=%E9%9D%92%E5%B2%9B%20%E6%B8%AF"),
        ("/%5Cevil.example", "/%5Cevil.example"),
    ];
}
