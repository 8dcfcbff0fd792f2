using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ballast.Tests.Infrastructure;

/// <summary>Identity's hasher, counting its work: how many hashes were checked and made.</summary>
public sealed class CountingPasswordHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new(options);
    private int _verified;
    private int _hashed;

    public int Verified => Volatile.Read(ref _verified);
    public int Hashed => Volatile.Read(ref _hashed);

    public string HashPassword(AppUser user, string password)
    {
        Interlocked.Increment(ref _hashed);
        return _inner.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verified);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
