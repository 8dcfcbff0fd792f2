namespace Ballast.Web.Features.Auditing;

/// <summary>The outcome of checking an archive file: intact with what it holds, or the first line
/// that is wrong and why.</summary>
public sealed record AuditArchiveCheck(bool Intact, AuditArchiveHeader? Header, long Checked, int? Line, string? Problem)
{
    public string Describe() => Intact
        ? $"audit archive intact: entries {Header!.First}–{Header.Last} ({Checked}); follows {Header.PrevHash}; ends {Header.LastHash}"
        : $"audit archive BROKEN at line {Line}: {Problem} ({Checked} entries verified before it)";
}
