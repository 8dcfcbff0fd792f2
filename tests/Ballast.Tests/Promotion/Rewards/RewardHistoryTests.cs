using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Promotion;

namespace Ballast.Tests.Promotion.Rewards;

/// <summary>The case's history reads as words: every state by its name (as the trail writes it, number or name), units by
/// name, amounts with separators, and no field the page does not name.</summary>
public sealed class RewardHistoryTests
{
    private static readonly Dictionary<int, string> Units = new() { [15] = "西海岸新区" };

    private static AuditEntry Entry(string type, string action, string after) => new()
    {
        EntityType = type, EntityKey = "1", Action = action, UserName = "reward-xha", Channel = "web", After = after, At = DateTimeOffset.UnixEpoch, PrevHash = "", Hash = "",
    };

    public static TheoryData<RewardState> States() => [.. Enum.GetValues<RewardState>()];

    [Theory]
    [MemberData(nameof(States))]
    public void A_state_is_shown_by_its_name_whether_written_as_a_number_or_a_name(RewardState state)
    {
        foreach (var written in new[] { ((int)state).ToString(System.Globalization.CultureInfo.InvariantCulture), $"\"{state}\"" })
        {
            var step = RewardHistory.Describe(Entry(nameof(ReferralReward), AuditActions.Update, $"{{\"State\":{written},\"Version\":3}}"), Units);
            Assert.Equal(new[] { ("状态", RewardNames.Of(state)) }, step.Changes);
            Assert.Equal("办理", step.What);
        }
    }

    [Fact]
    public void Amounts_carry_separators_and_ids_and_versions_are_left_out()
    {
        var step = RewardHistory.Describe(Entry(nameof(ReferralReward), AuditActions.Create,
            "{\"Id\":10,\"ProjectId\":774,\"FormedWan\":32345.67,\"RewardWan\":null,\"Version\":0}"), Units);
        Assert.Equal("登记奖励案件", step.What);
        Assert.Equal(new[] { ("实际投资（万元）", "32,345.67") }, step.Changes);
    }

    [Theory]
    [InlineData(true, "同意")]
    [InlineData(false, "不同意")]
    public void A_confirmation_names_its_unit_and_answer(bool agreed, string answer)
    {
        var json = $"{{\"UnitId\":15,\"Agreed\":{(agreed ? "true" : "false")},\"Note\":\"经核实\",\"RewardId\":10}}";
        var step = RewardHistory.Describe(Entry(nameof(RewardConfirmation), AuditActions.Update, json), Units);
        Assert.Equal("联合确认", step.What);
        Assert.Equal(new[] { ("确认单位", "西海岸新区"), ("意见", answer), ("理由", "经核实") }, step.Changes);
    }
}
