using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Changing the bounds of a row of the size table, the same for the page and the API. Classes already
/// stored stay as they were computed; each firm's class follows the new bounds on its next save of figures.</summary>
public sealed class SizeRuleSave(AppDbContext db, Texts t)
{
    public async Task<RecordSave<SizeRule>> SaveAsync(string code, SizeRuleInput input)
    {
        var rule = await db.SizeRules.FindAsync(code);
        if (rule is null)
        {
            return Saves.NotFound<SizeRule>();
        }
        var errors = InputRules.Validate(input, t);
        errors.AddRange(errors.Count == 0 ? SizeRuleRules.Check(input) : []);
        if (errors.Count > 0)
        {
            return Saves.Invalid<SizeRule>(errors);
        }
        input.ApplyTo(rule);
        await db.SaveChangesAsync();
        return Saves.Saved(rule);
    }
}
