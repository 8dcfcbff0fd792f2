using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

/// <summary>Adds or changes a node of a chain's map: name, place (segment and parent), the task force's status,
/// target firms and the firms on it. Opened and saved only by the chain's task force and the programme office.</summary>
[Function(Policies.BusinessWrite)]
public sealed class NodeEditModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty]
    public NodeInput Input { get; set; } = new();

    public int ChainId { get; private set; }
    public int? Id { get; private set; }
    public string ChainName { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Firms { get; private set; } = [];
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int chainId, int? id, ChainSegment? segment)
    {
        switch (await ChainSave.MayEditAsync(db, chainId))
        {
            case null:
                return NotFound();
            case false:
                return Forbid();
        }
        if (id is not null)
        {
            var node = await db.ChainNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id && n.ChainId == chainId);
            if (node is null)
            {
                return NotFound();
            }
            Input = NodeInput.From(node, await db.FirmNodes.Where(f => f.ChainNodeId == node.Id).Select(f => f.EnterpriseId).ToListAsync());
        }
        else
        {
            Input.Segment = segment ?? ChainSegment.Upstream;
        }
        await LoadAsync(chainId, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int chainId, int? id)
    {
        var result = await ChainSave.SaveNodeAsync(db, t, chainId, id, Input);
        switch (result.Outcome)
        {
            case ChainSaveOutcome.NotFound:
                return NotFound();
            case ChainSaveOutcome.Forbidden:
                return Forbid();
            case ChainSaveOutcome.Saved:
                return Redirect($"/Chains/Details?id={chainId}#node-{result.Id}");
            case ChainSaveOutcome.Conflict:
                Conflict = result.Conflict;
                Input.Version = result.Conflict?.Current;
                ModelState.Remove("Input.Version");
                break;
            default:
                foreach (var (field, message) in result.Errors ?? [])
                {
                    ModelState.AddModelError("Input." + field, message);
                }
                break;
        }
        await LoadAsync(chainId, id);
        return Page();
    }

    private async Task LoadAsync(int chainId, int? id)
    {
        ChainId = chainId;
        Id = id;
        ChainName = await db.Chains.Where(c => c.Id == chainId).Select(c => Texts.IsEnglish && c.NameEn != null ? c.NameEn : c.Name).SingleAsync();
        var parents = await db.ChainNodes.Where(n => n.ChainId == chainId && n.Id != (id ?? 0)).Select(n => new { n.Id, n.Name, n.Segment, n.SortOrder })
            .ToListAsync();
        Parents = [.. parents.OrderBy(n => n.Segment).ThenBy(n => n.SortOrder).Select(n => new SelectListItem(
            $"{t[NodeHint.SegmentName(n.Segment)].Value} · {n.Name}", n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), n.Id == Input.ParentId))];
        // The firms of the chain, and those already on the node whatever chain they belong to.
        var chosen = Input.FirmIds;
        using var cityWide = db.Scope.ReadingCityWide();
        Firms = await db.Enterprises.Where(e => e.ChainId == chainId || chosen.Contains(e.Id)).OrderBy(e => e.Name).Take(3000)
            .Select(e => new SelectListItem(e.Name, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), chosen.Contains(e.Id)))
            .ToListAsync();
    }
}
