using Ballast.Web.Common.Excel;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Projects.Import;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A designation list row: the firm (found, or registered from the row's code and district), the
/// kind and level (the sheet's, else the form's), the year (the sheet's 认定年度 or 批次, else the form's).</summary>
public sealed partial class EnterpriseImporter
{
    private async Task<ImportPlan> PlanDesignationAsync(ParsedRow r, RowContext c, ImportOptions options)
    {
        var problems = new List<string>(r.Problems);
        var name = r.GetString("Name");
        var uscc = c.Code(r.GetString("Uscc"), problems);
        var kind = KindOf(r.GetString("Kind"), options.KindCode, c, problems);
        var year = RowContext.Year(r.GetString("Year"), options.Year, problems, "认定年度");
        if (name is null || problems.Count > 0)
        {
            return Reject(r, name, problems);
        }
        var found = c.Firms.Find(uscc, name, out var ambiguity);
        if (ambiguity is not null)
        {
            return Reject(r, name, [ambiguity]);
        }
        var firmKey = found is { Id: > 0 } ? $"id|{found.Id}" : $"new|{found?.Uscc ?? uscc ?? FirmIndex.Normal(found?.Name ?? name)}";
        if (c.SeenBefore($"{firmKey}|{kind!.Code}|{year}", r.RowNumber) is { } first)
        {
            return Reject(r, name, [$"与第 {first} 行是同一企业的同一认定"]);
        }
        if (found is null)
        {
            await NewFirmAsync(r, c, name, uscc, problems);
        }
        if (problems.Count > 0)
        {
            return Reject(r, name, problems);
        }
        var owner = await designations.OwnerOfAsync(kind);
        if (!scope.CanWrite(owner))
        {
            return Reject(r, name, [$"「认定类别」{kind.Name}由其认定部门维护，您不能导入"]);
        }
        if (found is { Id: > 0 } && !scope.CanRead(found.OwnerUnitId))
        {
            return Reject(r, name, ["该企业不在您的数据范围内"]);
        }
        var input = new DesignationInput
        {
            KindCode = kind.Code, Year = year!.Value, Level = LevelOf(r.GetString("Level")) ?? options.Level, SourceDocument = r.GetString("SourceDocument"),
        };
        var existing = found is { Id: > 0 } ? await db.Designations.AsNoTracking()
            .SingleOrDefaultAsync(d => d.EnterpriseId == found.Id && d.KindCode == kind.Code && d.Year == input.Year) : null;
        input.EnterpriseId = found?.Id ?? 0;
        input.SourceDocument ??= existing?.SourceDocument;
        input.Version = existing?.Version ?? 0;
        problems.AddRange(DesignationRules.Check(input, kind, Common.CityTime.DateOf(db.Time.GetUtcNow())).Select(e => e.Message));
        if (problems.Count > 0)
        {
            return Reject(r, name, problems);
        }
        var row = new ImportRow(r.RowNumber, name, existing is null ? RowAction.Create : RowAction.Update, []);
        if (existing is not null && existing.Level == (input.Level ?? kind.DefaultLevel) && existing.SourceDocument == input.SourceDocument)
        {
            return new ImportPlan(row, null);
        }
        var firstRow = found?.Row ?? r.RowNumber;
        return new ImportPlan(row, async () =>
        {
            if (found is not { Id: > 0 } && !c.Created.ContainsKey(firstRow))
            {
                var made = await firms.CreateAsync(c.Planned[firstRow]);
                if (made.Outcome != SaveOutcome.Saved)
                {
                    return string.Join("；", made.Errors.Select(e => e.Message));
                }
                c.Created[firstRow] = made.Record!.Id;
            }
            input.EnterpriseId = found is { Id: > 0 } ? found.Id : c.Created[firstRow];
            var saved = await designations.SaveAsync(existing?.Id, input);
            return saved.Outcome == SaveOutcome.Saved ? null : string.Join("；", saved.Errors.Select(e => e.Message).DefaultIfEmpty("无法保存"));
        });
    }

    /// <summary>A firm the registry lacks, registered from the row when it gives a code and a district inside the user's scope.</summary>
    private async Task NewFirmAsync(ParsedRow r, RowContext c, string name, string? uscc, List<string> problems)
    {
        if (uscc is null)
        {
            problems.Add("企业库中未找到该企业，且表中未填统一社会信用代码");
            return;
        }
        var district = c.District(r.GetString("District"), problems);
        if (district is null)
        {
            if (problems.Count == 0)
            {
                problems.Add("企业库中未找到该企业，请填写「所在区市」以便登记");
            }
            return;
        }
        if (!scope.CanWrite(district.Id))
        {
            problems.Add($"企业库中未找到该企业，且「所在区市」{district.Name} 不在您的数据范围内，请由区市先登记该企业");
            return;
        }
        var input = new EnterpriseInput { Name = name, Uscc = uscc, OwnerUnitId = district.Id };
        var errors = await firms.ErrorsAsync(null, input);
        problems.AddRange(errors.Select(e => e.Message));
        if (errors.Count == 0)
        {
            // Later rows naming the same firm use this one; it is written with the first good row that needs it.
            c.Firms.Add(new FirmIndex.FirmKey(0, name, input.Uscc, district.Id, r.RowNumber));
            c.Planned[r.RowNumber] = input;
        }
    }

    private static DesignationKind? KindOf(string? text, string? chosen, RowContext c, List<string> problems)
    {
        if (text is not null)
        {
            var t = Bare(text);
            var matches = c.Kinds.Where(k => Bare(k.Name) == t || Bare(k.Name).Contains(t, StringComparison.Ordinal)
                || t.Contains(Bare(k.Name), StringComparison.Ordinal)).ToList();
            if (matches.Count == 1)
            {
                return matches[0];
            }
            if (chosen is null)
            {
                problems.Add(matches.Count == 0 ? $"「认定类别」未找到：{text}" : $"「认定类别」不唯一：{text}");
                return null;
            }
        }
        var kind = c.Kinds.FirstOrDefault(k => k.Code == chosen);
        if (kind is null)
        {
            problems.Add("未指定认定类别：请在上传时选择");
        }
        return kind;
    }

    private static string Bare(string s) => new([.. FirmIndex.Normal(s).Where(ch => !EnterpriseImportSpecs.KindNoise.Contains(ch, StringComparison.Ordinal))]);

    private static DesignationLevel? LevelOf(string? text) => text switch
    {
        null => null,
        _ when text.Contains("国家", StringComparison.Ordinal) => DesignationLevel.National,
        _ when text.Contains('省') => DesignationLevel.Provincial,
        _ when text.Contains('市') => DesignationLevel.City,
        _ => null,
    };
}
