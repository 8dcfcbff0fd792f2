namespace Ballast.Web.Features.Parks;

public enum AdmissionResult
{
    /// <summary>准入.</summary>
    Pass,
    /// <summary>有条件准入.</summary>
    Conditional,
    /// <summary>不予准入.</summary>
    Fail,
}

public enum OverrideState
{
    None,
    /// <summary>Asked for, waiting for a second person.</summary>
    Requested,
    Approved,
    Rejected,
}
