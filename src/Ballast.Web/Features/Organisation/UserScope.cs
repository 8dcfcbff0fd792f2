namespace Ballast.Web.Features.Organisation;

/// <summary>Who is acting in this request and which units' records they may read and change.
/// Filled once per request (or by a command) before any query runs; the DbContext reads it in its
/// query filters and in its save checks, so no page or endpoint can forget scope.</summary>
public sealed class UserScope
{
    public int? UserId { get; private set; }
    public string UserName { get; private set; } = "system";
    /// <summary>Reads every unit's records (programme office, leaders, departments).</summary>
    public bool ReadsAll { get; private set; } = true;
    /// <summary>Writes every unit's records (the programme office, and commands).</summary>
    public bool WritesAll { get; private set; } = true;
    /// <summary>Holds a business role: the three administrators change no business record, whatever
    /// their unit (三员分立), so every save check and every rule that asks <see cref="CanWrite"/> refuses.</summary>
    public bool WritesBusiness { get; private set; } = true;
    /// <summary>The user's unit and every unit below it.</summary>
    public IReadOnlyList<int> UnitIds { get; private set; } = [];

    /// <summary>How the change reached Ballast: page, api, import or system.</summary>
    public string Channel { get; set; } = "system";

    public bool CanRead(int unitId) => ReadsAll || UnitIds.Contains(unitId);

    /// <summary>Reads city-wide until disposed, for the figures the whole programme shares (the plan's
    /// computed indicators, judged against the city's targets); writes keep the user's own scope.</summary>
    public IDisposable ReadingCityWide()
    {
        var was = ReadsAll;
        ReadsAll = true;
        return new Restore(() => ReadsAll = was);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>Writes one more unit's records until disposed: for the consequence a rule draws on another unit's record
    /// (a unit's joint confirmation completing a reward), once the caller has checked the user's own part.</summary>
    public IDisposable WritingFor(int unitId)
    {
        var was = UnitIds;
        UnitIds = [.. was, unitId];
        return new Restore(() => UnitIds = was);
    }

    public bool CanWrite(int unitId) => WritesBusiness && (WritesAll || UnitIds.Contains(unitId));

    public void SetUser(int userId, string userName, bool readsAll, bool writesAll, IReadOnlyList<int> unitIds, bool writesBusiness = true)
    {
        WritesBusiness = writesBusiness;
        UserId = userId;
        UserName = userName;
        ReadsAll = readsAll;
        WritesAll = writesAll;
        UnitIds = unitIds;
    }

    /// <summary>An anonymous visitor sees no scoped record.</summary>
    public void SetAnonymous()
    {
        UserId = null;
        UserName = "anonymous";
        ReadsAll = false;
        WritesAll = false;
        WritesBusiness = false;
        UnitIds = [];
    }
}
