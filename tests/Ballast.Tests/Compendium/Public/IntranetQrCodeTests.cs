using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>The same policy behind another configured address gives another code.</summary>
public sealed class IntranetQrCodeTests(IntranetFactory intranet) : IClassFixture<IntranetFactory>, IAsyncLifetime
{
    public async Task InitializeAsync() => await intranet.WithDbAsync(PublicArrange.SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Another_base_address_in_configuration_gives_another_decoded_address()
    {
        Assert.True(QrDecoder.Available, "zbarimg is missing: apt-get install zbar-tools");
        var png = await Browser.NewClient(intranet).GetByteArrayAsync("/p/QD7K2M/qr.png");
        Assert.Equal(IntranetFactory.Base + "/p/QD7K2M", await QrDecoder.DecodeAsync(png));
    }
}
