using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>One "5个1" item's state, what it is and the document that proves it.</summary>
public sealed class MechanismInput
{
    [Display(Name = "状态")]
    public MechanismState State { get; set; }

    [StringLength(1000, ErrorMessage = "说明不超过1000字")]
    [Display(Name = "说明")]
    public string? Note { get; set; }

    [StringLength(300, ErrorMessage = "佐证文件不超过300字")]
    [Display(Name = "佐证文件（文号或标题）")]
    public string? EvidenceDocument { get; set; }

    /// <summary>The version the user read; null for an item not yet recorded.</summary>
    public int? Version { get; set; }
}
