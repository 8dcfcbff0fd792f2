namespace Ballast.Web.Common;

/// <summary>A record that belongs to one organisational unit; its visibility follows the unit.</summary>
public interface IUnitOwned
{
    int OwnerUnitId { get; }
}
