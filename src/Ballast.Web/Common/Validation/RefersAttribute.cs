using Ballast.Web.Common.Localization;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Common.Validation;

/// <summary>The field holds the key of a record of <see cref="Entity"/>: an id or code that does not
/// exist (or lies outside the user's data scope) is refused by name instead of failing the save.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RefersAttribute(Type entity) : Attribute
{
    public Type Entity { get; } = entity;

    /// <summary>Every reference in the input (and its nested models) that finds nothing.</summary>
    public static async Task<List<(string Field, string Message)>> CheckAsync(DbContext db, object input, Texts t)
    {
        var errors = new List<(string, string)>();
        foreach (var p in InputRules.Properties(input.GetType()))
        {
            var key = p.GetValue(input);
            if (p.GetCustomAttributes(typeof(RefersAttribute), true) is [RefersAttribute refers, ..] && IsGiven(key)
                && await db.FindAsync(refers.Entity, key) is null)
            {
                errors.Add((p.Name, t["「{0}」不存在", InputRules.Label(p.Name, p, t)].Value));
            }
        }
        return errors;
    }

    /// <summary>0 and empty mean "not chosen": whether that is allowed is the field's own rule.</summary>
    private static bool IsGiven(object? key) => key switch
    {
        null => false,
        int id => id > 0,
        string code => !string.IsNullOrWhiteSpace(code),
        _ => true,
    };
}
