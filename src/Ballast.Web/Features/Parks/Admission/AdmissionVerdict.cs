namespace Ballast.Web.Features.Parks;

/// <summary>The rule's result and one line per threshold, as stored on the evaluation.</summary>
public sealed record AdmissionVerdict(AdmissionResult Result, IReadOnlyList<string> Lines)
{
    public string Reasons => string.Join('\n', Lines);
}
