using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Auditing;

/// <summary>Refuses a retention shorter than the legal minimum, naming the setting and its value.</summary>
public sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options) =>
        options.RetentionDays >= AuditOptions.MinimumRetentionDays
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Audit:RetentionDays is {options.RetentionDays}: audit entries must be kept at least "
                + $"{AuditOptions.MinimumRetentionDays} days (Cybersecurity Law art. 21, GB/T 22239-2019 level 3). Set it to "
                + $"{AuditOptions.MinimumRetentionDays} or more.");
}
