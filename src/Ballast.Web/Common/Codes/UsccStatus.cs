
namespace Ballast.Web.Common.Codes;

public enum UsccStatus
{
    Valid,

    /// <summary>Well-formed but a check character does not match: a warning the user may override.</summary>
    CheckFailed,

    /// <summary>Cannot be a code at all: a hard rejection.</summary>
    Malformed,
}
