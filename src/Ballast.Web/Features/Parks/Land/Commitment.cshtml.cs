using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>One project's standard-land commitment: what was promised, set here, and what was reached, judged below.</summary>
[Function(Policies.BusinessWrite)]
public sealed class CommitmentModel(AppDbContext db, UserScope scope, CommitmentSave save, Texts t) : PageModel
{
    [BindProperty] public CommitmentInput Input { get; set; } = new();

    public Project Project { get; private set; } = null!;
    public CommitmentLoader.Judged? Judged { get; private set; }
    public string? FirmName { get; private set; }
    public bool CanEdit => scope.CanWrite(Project.OwnerUnitId);

    public async Task<IActionResult> OnGetAsync(int projectId)
    {
        if (!await LoadAsync(projectId))
        {
            return NotFound();
        }
        Input = Judged is { } j ? CommitmentInput.From(j.Commitment) : new CommitmentInput { EnterpriseId = Project.InvestorEnterpriseId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId)
    {
        if (ModelState.IsValid)
        {
            var result = await save.SaveAsync(projectId, Input);
            if (result.Outcome == SaveOutcome.NotFound)
            {
                return NotFound();
            }
            if (result.Outcome == SaveOutcome.Saved)
            {
                return RedirectToPage(new { projectId });
            }
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"Input.{field}", t[message]);
            }
        }
        return await LoadAsync(projectId) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int projectId)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
        {
            return false;
        }
        Project = project;
        Judged = (await CommitmentLoader.JudgeAsync(db, db.LandCommitments.Where(c => c.ProjectId == projectId))).SingleOrDefault();
        var firm = Judged?.FirmId ?? project.InvestorEnterpriseId;
        FirmName = firm is { } f ? await db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == f).Select(e => e.Name).SingleOrDefaultAsync() : null;
        return true;
    }
}
