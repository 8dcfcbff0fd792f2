
namespace Ballast.Web.Common.Codes;

public enum ProjectCodeFormat
{
    /// <summary>GB/T 40058-2021: <c>YYMM-RRRRRR-DD-PP-NNNNNC</c>.</summary>
    Standard,

    /// <summary>Older online-platform codes: <c>YYYY-RRRRRR-II-TT-NNNNNN</c>.</summary>
    Legacy,
}
