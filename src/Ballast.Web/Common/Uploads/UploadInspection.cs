using System.Diagnostics.CodeAnalysis;

namespace Ballast.Web.Common.Uploads;

/// <summary>What the inspector decided: the checked file, or why it was refused.</summary>
public sealed record UploadInspection(InspectedUpload? Upload, UploadRefusal? Refusal)
{
    [MemberNotNullWhen(true, nameof(Upload))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Passed => Upload is not null;
}
