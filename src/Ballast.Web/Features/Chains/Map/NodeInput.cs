using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Chains;

/// <summary>What a task force may set on a node of its chain's map, and nothing more; the page and the API bind it.</summary>
public sealed class NodeInput
{
    [Required(ErrorMessage = "请填写环节名称")]
    [StringLength(100, ErrorMessage = "环节名称不超过100字")]
    [Display(Name = "环节名称")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "英文名称不超过200字")]
    [Display(Name = "英文名称")]
    public string? NameEn { get; set; }

    [Display(Name = "链条位置")]
    public ChainSegment Segment { get; set; }

    [Display(Name = "上级环节")]
    public int? ParentId { get; set; }

    [Display(Name = "专班研判")]
    public NodeStatus? Status { get; set; }

    [StringLength(2000, ErrorMessage = "目标企业不超过2000字")]
    [Display(Name = "目标企业（每行一家）")]
    public string? TargetFirms { get; set; }

    [StringLength(1000, ErrorMessage = "备注不超过1000字")]
    [Display(Name = "备注")]
    public string? Note { get; set; }

    [Range(0, 9999, ErrorMessage = "排序须在0至9999之间")]
    [Display(Name = "排序")]
    public int SortOrder { get; set; }

    /// <summary>The registry's firms on the node; the whole set replaces the one stored.</summary>
    [Display(Name = "环节企业")]
    public List<int> FirmIds { get; set; } = [];

    /// <summary>The version the user read; required when changing a node.</summary>
    public int? Version { get; set; }

    public void ApplyTo(ChainNode n)
    {
        n.Name = Name.Trim();
        n.NameEn = Clean(NameEn);
        n.Segment = Segment;
        n.ParentId = ParentId;
        n.Status = Status;
        n.TargetFirms = Clean(TargetFirms);
        n.Note = Clean(Note);
        n.SortOrder = SortOrder;
    }

    public static NodeInput From(ChainNode n, IEnumerable<int> firmIds) => new()
    {
        Name = n.Name, NameEn = n.NameEn, Segment = n.Segment, ParentId = n.ParentId, Status = n.Status, TargetFirms = n.TargetFirms,
        Note = n.Note, SortOrder = n.SortOrder, FirmIds = [.. firmIds], Version = n.Version,
    };

    /// <summary>The target firms, one per line (also split on ；, ; and 、), trimmed, without repeats.</summary>
    public static List<string> Targets(string? text) =>
        [.. (text ?? "").Split(['\n', '\r', '；', ';', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
