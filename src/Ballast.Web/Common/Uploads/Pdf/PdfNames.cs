using System.Text;

namespace Ballast.Web.Common.Uploads;

/// <summary>Every PDF name in a run of bytes (/Type, /J#61vaScript → JavaScript), with where it starts. Names
/// are found wherever they are, stream data included: what a viewer reaches through the cross-reference
/// table need not lie where a sequential reading expects it.</summary>
internal static class PdfNames
{
    public static IEnumerable<(string Name, int At)> In(byte[] bytes, int start, int end)
    {
        var i = start;
        while ((i = Array.IndexOf(bytes, (byte)'/', i, end - i)) >= 0)
        {
            var j = i + 1;
            while (j < end && IsRegular(bytes[j]))
            {
                j++;
            }
            if (j - i - 1 is > 0 and <= 127)
            {
                yield return (Decode(bytes.AsSpan(i + 1, j - i - 1)), i);
            }
            i = j;
        }
    }

    /// <summary>#xx is how a PDF name escapes a byte; viewers decode it before they compare.</summary>
    private static string Decode(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var k = 0; k < raw.Length; k++)
        {
            if (raw[k] == '#' && k + 2 < raw.Length && Hex(raw[k + 1]) is >= 0 and var high && Hex(raw[k + 2]) is >= 0 and var low)
            {
                text.Append((char)(high * 16 + low));
                k += 2;
            }
            else
            {
                text.Append((char)raw[k]);
            }
        }
        return text.ToString();
    }

    private static int Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>Not white space (NUL, HT, LF, FF, CR, space) and not a delimiter ( ) &lt; &gt; [ ] { } / %.</summary>
    private static bool IsRegular(byte b) => b is not (0 or 9 or 10 or 12 or 13 or 32 or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
        or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
