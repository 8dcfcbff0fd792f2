namespace Ballast.Web.Features.Parks;

public enum ParkStatus
{
    /// <summary>筹建: being prepared, not yet listed.</summary>
    Preparing,
    /// <summary>已挂牌.</summary>
    Listed,
    /// <summary>撤销: no longer a professional park.</summary>
    Revoked,
}
