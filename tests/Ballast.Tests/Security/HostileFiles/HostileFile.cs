namespace Ballast.Tests.Security.HostileFiles;

/// <summary>One hostile upload: what it is sent as, and what the refusal must say for evidence and for an
/// import (a fragment of the reason, in Chinese, as the user reads it).</summary>
public sealed record HostileFile(string Case, string FileName, string ContentType, byte[] Bytes, string Evidence, string Import)
{
    public const string NotForImport = "的类型不在允许范围内";

    public override string ToString() => Case;
}
