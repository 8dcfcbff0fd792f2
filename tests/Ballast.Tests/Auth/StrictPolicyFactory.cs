using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Auth;

/// <summary>Ballast configured away from every default of the identity policy.</summary>
public sealed class StrictPolicyFactory() : ConfiguredFactory(
    ("Auth:Password:MinLength", "12"), ("Auth:Password:RequiredClasses", "4"), ("Auth:Password:MaxAgeDays", "30"),
    ("Auth:Password:HistoryCount", "2"), ("Auth:AbsoluteHours", "1"), ("Auth:RequireTwoFactorForAdmins", "false"),
    ("Auth:IdleMinutes", "50"));
