using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Auditing;

public static class AuditSetup
{
    public static IServiceCollection AddAuditRetention(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>();
        return services;
    }

    /// <summary>Checked before anything runs or is migrated: why Ballast refuses to start, or null.</summary>
    public static string? Refusal(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<AuditOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException e)
        {
            return e.Message;
        }
    }
}
