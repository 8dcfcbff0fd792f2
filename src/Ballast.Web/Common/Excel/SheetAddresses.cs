using System.Globalization;
using System.Xml;

namespace Ballast.Web.Common.Excel;

/// <summary>
/// Gives every row and cell of a sheet an explicit address. The r attribute is optional in the
/// format: a row without one follows the previous row, a cell without one the previous cell —
/// also after a cell that had one.
/// </summary>
internal sealed class SheetAddresses
{
    private const int MaxRow = 1_048_576;
    private const int MaxColumn = 16_384;

    private int row;
    private int column = -1;
    private int rowDepth = -1;

    /// <summary>The address for a &lt;row&gt; or a &lt;c&gt; inside one; null for any other element.</summary>
    public string? Enter(XmlReader reader)
    {
        if (reader.LocalName == "row" && rowDepth < 0)
        {
            row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is > 0 and <= MaxRow
                ? r
                : row + 1;
            column = -1;
            rowDepth = reader.Depth;
            return row.ToString(CultureInfo.InvariantCulture);
        }

        if (reader.LocalName == "c" && rowDepth >= 0 && reader.Depth == rowDepth + 1)
        {
            column = ColumnOf(reader.GetAttribute("r")) ?? column + 1;
            return ColumnLetters.FromIndex(column) + row.ToString(CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>Called at the end of every element (an empty one ends where it starts).</summary>
    public void Leave(XmlReader reader)
    {
        if (reader.Depth == rowDepth && reader.LocalName == "row")
        {
            rowDepth = -1;
        }
    }

    /// <summary>"AB12" → 27; null for a missing or malformed reference.</summary>
    private static int? ColumnOf(string? reference)
    {
        var n = 0;
        while (reference is not null && n < reference.Length && char.IsAsciiLetter(reference[n]))
        {
            n++;
        }

        if (n is 0 or > 3 || reference.AsSpan(n).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var index = ColumnLetters.ToIndex(reference![..n]);
        return index < MaxColumn ? index : null;
    }
}
