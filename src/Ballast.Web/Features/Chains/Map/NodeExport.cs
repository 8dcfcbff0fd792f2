using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Features.Chains;

/// <summary>The chain map's node list as a workbook: segment, parent, status with its hint, firms and targets.</summary>
public static class NodeExport
{
    public static Task<FileStreamResult> XlsxAsync(ChainDetail chain, Texts t)
    {
        var names = chain.Nodes.ToDictionary(n => n.Id, n => n.Name);
        IReadOnlyList<ExportColumn<NodeView>> columns =
        [
            new(t["链条位置"].Value, typeof(string), n => t[NodeHint.SegmentName(n.Segment)].Value),
            new(t["环节名称"].Value, typeof(string), n => n.Name),
            new(t["上级环节"].Value, typeof(string), n => n.ParentId is { } p ? names.GetValueOrDefault(p) : null),
            new(t["专班研判"].Value, typeof(string), n => n.Status is { } s ? t[NodeHint.Name(s)].Value : t["未研判"].Value),
            new(t["系统提示"].Value, typeof(string), n => t[NodeHint.Name(n.Hint)].Value),
            new(t["企业数"].Value, typeof(int), n => n.Firms.Count),
            new(t["企业产值（亿元）"].Value, typeof(decimal), n => ListExport.Yi(n.OutputWan)),
            new(t["环节企业"].Value, typeof(string), n => string.Join("、", n.Firms.Select(f => f.Name))),
            new(t["目标企业"].Value, typeof(string), n => string.Join("、", n.TargetFirms)),
            new(t["已列入招引清单"].Value, typeof(string), n => string.Join("、", n.Targets.Select(x => x.Name))),
        ];
        return ListExport.XlsxAsync(chain.Nodes, columns, $"chain-map-{chain.Id}-{chain.Year}.xlsx");
    }
}
