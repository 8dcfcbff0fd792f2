namespace Ballast.Web.Features.Organisation;

/// <summary>Who is acting in this request and which units' records they may see and change.
/// Filled once per request (or by a command) before any query runs; the DbContext reads it in its
/// query filters and in its save checks, so no page or endpoint can forget scope.</summary>
public sealed class UserScope
{
    public int? UserId { get; private set; }
    public string UserName { get; private set; } = "system";
    public bool SeesAll { get; private set; } = true;
    public IReadOnlyList<int> UnitIds { get; private set; } = [];

    /// <summary>How the change reached Ballast: page, api, import or system.</summary>
    public string Channel { get; set; } = "system";

    public bool Covers(int unitId) => SeesAll || UnitIds.Contains(unitId);

    public void SetUser(int userId, string userName, bool seesAll, IReadOnlyList<int> unitIds)
    {
        UserId = userId;
        UserName = userName;
        SeesAll = seesAll;
        UnitIds = unitIds;
    }

    /// <summary>An anonymous visitor sees no scoped record.</summary>
    public void SetAnonymous()
    {
        UserId = null;
        UserName = "anonymous";
        SeesAll = false;
        UnitIds = [];
    }
}
