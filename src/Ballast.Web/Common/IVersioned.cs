namespace Ballast.Web.Common;

/// <summary>A record two people can edit at once. <see cref="Version"/> is its concurrency token: the
/// DbContext bumps it on every change, so a save made from an older read is refused, never lost.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
