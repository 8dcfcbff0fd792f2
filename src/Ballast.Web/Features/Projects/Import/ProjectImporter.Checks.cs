using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Text;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Reference;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>What is checked on one project row: first what the row says alone, then, once its batch
/// is looked up, the project it updates and the edit page's rules.</summary>
public sealed partial class ProjectImporter
{
    private const decimal MaxPlan = 100_000_000m;

    /// <summary>A row with its names resolved, before the database is asked about it.</summary>
    private sealed record Screened(ParsedRow Row, List<string> Problems, string? Name, Unit? Unit, Chain? Chain, Leader? Leader, string? Code);

    private sealed record Planned(ImportRow Row, Project? Existing, ProjectInput Input, ProjectStage? Stage, DateOnly? SignedOn, DateOnly? StartedOn,
        KeyPlan? Key);

    private Screened Screen(ParsedRow r, ImportLookups lookups, Dictionary<string, int> seen)
    {
        var problems = new List<string>(r.Problems);
        var name = r.GetString("Name");
        var unit = lookups.District(r.GetString("District"), problems);
        var chain = lookups.Chain(r.GetString("Chain"), problems);
        var leader = lookups.Leader(r.GetString("Leader"), problems);
        if (unit is not null && !scope.CanWrite(unit.Id))
        {
            problems.Add($"「区市」{unit.Name} 不在您的数据范围内");
        }
        var code = r.GetString("ProjectCode") is { } typed ? TextNormalizer.Code(typed) : null;
        var key = code ?? $"{unit?.Id}|{DuplicateCheck.Normalise(name ?? "")}";
        if (seen.TryGetValue(key, out var first))
        {
            problems.Add($"与第 {first} 行是同一项目");
        }
        else
        {
            seen[key] = r.RowNumber;
        }
        return new Screened(r, problems, name, unit, chain, leader, code);
    }

    private Planned Check(Screened s, ProjectMatcher matcher, DateOnly today)
    {
        var (r, problems) = (s.Row, s.Problems);
        var existing = problems.Count == 0 ? matcher.Find(s.Code, s.Unit!.Id, s.Name!, problems) : null;
        var input = existing is null ? new ProjectInput() : ProjectInput.From(existing);
        if (problems.Count == 0)
        {
            Fill(input, r, s.Unit!, s.Chain, s.Leader);
            // The page's and the API's rules, in their words: annotations first, then the rules.
            problems.AddRange(ProjectRules.Annotations(input, t).Select(e => e.Message));
            problems.AddRange(ProjectRules.Check(input, r.GetDate("SignedOn") ?? existing?.SignedOn, today).Select(e => e.Message));
            problems.AddRange(Dates(r, today));
            if (KeyPlanOf(r)?.Plan is < 0 or > MaxPlan)
            {
                problems.Add("年度计划投资须在 0 到 10,000 亿元之间（以万元填写）");
            }
        }
        var action = problems.Count > 0 ? RowAction.Reject : existing is null ? RowAction.Create : RowAction.Update;
        if (action == RowAction.Update)
        {
            matcher.Claim(r.RowNumber, existing!);
        }
        var stage = Enum.TryParse<ProjectStage>(r.GetString("Stage"), out var st) ? st : (ProjectStage?)null;
        var row = new ImportRow(r.RowNumber, s.Name, action, problems.Count == 0 ? [] : problems);
        return new Planned(row, existing, input, stage, r.GetDate("SignedOn"), r.GetDate("StartedOn"), KeyPlanOf(r));
    }

    /// <summary>Copies the cells the sheet has onto the input; an empty or absent cell keeps the value.</summary>
    private static void Fill(ProjectInput input, ParsedRow r, Unit unit, Chain? chain, Leader? leader)
    {
        input.Name = r.GetString("Name")!;
        input.OwnerUnitId = unit.Id;
        input.ChainId = chain?.Id ?? input.ChainId;
        input.LeaderId = leader?.Id ?? input.LeaderId;
        RowBinder.Fill(input, r, ImportSpecs.Projects);
        // An import is not a place to argue about duplicates: the matching above already decided.
        input.NotADuplicate = true;
    }

    private static IEnumerable<string> Dates(ParsedRow r, DateOnly today)
    {
        if (r.GetDate("SignedOn") is { } s && s > today)
        {
            yield return "「签约日期」不能晚于今天";
        }
        if (r.GetDate("StartedOn") is { } st && st > today)
        {
            yield return "「开工日期」不能晚于今天";
        }
        if (r.GetDate("SignedOn") is { } a && r.GetDate("StartedOn") is { } b && b < a)
        {
            yield return "「开工日期」不能早于「签约日期」";
        }
    }
}
