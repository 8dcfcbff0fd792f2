using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Data.Generate;

/// <summary>Turns a plan into a project the way the project import does: a <see cref="ProjectInput"/>
/// checked by the edit page's rules (annotations, input rules, project rules, references), copied onto
/// the entity, then walked through its stages by <see cref="StageRules"/>. A refusal is a generator
/// bug and stops the run.</summary>
internal sealed class ProjectBuilder(AppDbContext db, Texts t, Draws draw, GeneratorReference r, GeneratedCodes codes)
{
    public const string By = "generate";

    public async Task<Project> BuildAsync(ProjectPlan plan, int serial)
    {
        var input = new ProjectInputDraw(draw, r, codes).Draw(plan, serial);
        var errors = ProjectRules.Annotations(input, t);
        errors.AddRange(ProjectRules.Check(input, plan.On(ProjectStage.Signed), r.Today));
        errors.AddRange(await RefersAttribute.CheckAsync(db, input, t));
        Refuse(input.Name, errors.Select(e => $"{e.Field}: {e.Message}"));

        var project = new Project { Name = input.Name, CreatedOn = plan.CreatedOn, CreatedAt = r.Now, IsDemo = true };
        input.ApplyTo(project, r.Now);
        foreach (var (stage, on) in plan.Steps)
        {
            Refuse(input.Name, StageRules.Move(project, stage, on, r.Today, By, r.Now) is { } refused ? [refused] : []);
        }
        return project;
    }

    public static void Refuse(string record, IEnumerable<string> problems)
    {
        var list = problems.ToList();
        if (list.Count > 0)
        {
            throw new InvalidOperationException($"generated record refused by the rules ({record}): {string.Join("; ", list)}");
        }
    }
}
