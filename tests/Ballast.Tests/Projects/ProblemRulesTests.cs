using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Projects;

namespace Ballast.Tests.Projects;

public sealed class ProblemRulesTests
{
    private static readonly DateOnly Today = new(2023, 7, 10);

    [Theory]
    [InlineData(ProblemState.Open, ProblemMove.Answer, ProblemState.Answered)]
    [InlineData(ProblemState.Answered, ProblemMove.Answer, ProblemState.Answered)]
    [InlineData(ProblemState.Escalated, ProblemMove.Answer, ProblemState.Answered)]
    [InlineData(ProblemState.Open, ProblemMove.Resolve, ProblemState.Resolved)]
    [InlineData(ProblemState.Answered, ProblemMove.Resolve, ProblemState.Resolved)]
    [InlineData(ProblemState.Escalated, ProblemMove.Resolve, ProblemState.Resolved)]
    [InlineData(ProblemState.Open, ProblemMove.Escalate, ProblemState.Escalated)]
    [InlineData(ProblemState.Answered, ProblemMove.Escalate, ProblemState.Escalated)]
    [InlineData(ProblemState.Resolved, ProblemMove.Reopen, ProblemState.Open)]
    public void Allowed_moves_lead_to_their_state(ProblemState from, ProblemMove move, ProblemState to)
    {
        Assert.Null(ProblemRules.Refusal(from, move));
        Assert.Equal(to, ProblemRules.Target(move));
    }

    [Theory]
    [InlineData(ProblemState.Resolved, ProblemMove.Answer, "问题已解决，如需继续办理请先重新打开")]
    [InlineData(ProblemState.Resolved, ProblemMove.Resolve, "问题已解决，如需继续办理请先重新打开")]
    [InlineData(ProblemState.Resolved, ProblemMove.Escalate, "问题已解决，如需继续办理请先重新打开")]
    [InlineData(ProblemState.Open, ProblemMove.Reopen, "只有已解决的问题才能重新打开")]
    [InlineData(ProblemState.Answered, ProblemMove.Reopen, "只有已解决的问题才能重新打开")]
    [InlineData(ProblemState.Escalated, ProblemMove.Reopen, "只有已解决的问题才能重新打开")]
    [InlineData(ProblemState.Escalated, ProblemMove.Escalate, "问题已提级督办")]
    public void Refused_moves_say_why_in_Chinese(ProblemState from, ProblemMove move, string reason) =>
        Assert.Equal(reason, ProblemRules.Refusal(from, move));

    [Theory]
    [InlineData(true, false, false, ProblemMove.Answer, true)]
    [InlineData(true, false, false, ProblemMove.Resolve, true)]
    [InlineData(false, true, false, ProblemMove.Resolve, true)]
    [InlineData(false, true, false, ProblemMove.Escalate, true)]
    [InlineData(false, true, false, ProblemMove.Reopen, true)]
    [InlineData(false, true, false, ProblemMove.Answer, false)]
    [InlineData(false, false, true, ProblemMove.Answer, true)]
    [InlineData(false, false, true, ProblemMove.Resolve, false)]
    [InlineData(false, false, true, ProblemMove.Escalate, false)]
    [InlineData(false, false, false, ProblemMove.Answer, false)]
    public void Owner_or_office_resolve_and_the_assigned_department_answers(bool office, bool owner, bool assignee, ProblemMove move, bool allowed) =>
        Assert.Equal(allowed, ProblemRules.MayAct(new ProblemActor(office, owner, assignee), move));

    [Fact]
    public void Only_the_owner_or_the_office_raise() =>
        Assert.Equal([true, true, false, false],
            new[] { new ProblemActor(true, false, false), new(false, true, false), new(false, false, true), default }.Select(ProblemRules.MayRaise));

    [Theory]
    [InlineData("2023-07-09", ProblemState.Open, 1)]
    [InlineData("2023-06-30", ProblemState.Escalated, 10)]
    [InlineData("2023-07-10", ProblemState.Open, null)]
    [InlineData("2023-07-01", ProblemState.Resolved, null)]
    public void Overdue_counts_days_past_the_due_date_while_unresolved(string due, ProblemState state, int? days) =>
        Assert.Equal(days, ProblemRules.DaysOverdue(state, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Theory]
    [InlineData("2023-07-10", ProblemState.Open, true)]
    [InlineData("2023-07-13", ProblemState.Answered, true)]
    [InlineData("2023-07-14", ProblemState.Open, false)]
    [InlineData("2023-07-09", ProblemState.Open, false)]
    [InlineData("2023-07-11", ProblemState.Resolved, false)]
    public void Due_soon_is_unresolved_and_due_within_three_days(string due, ProblemState state, bool soon) =>
        Assert.Equal(soon, ProblemRules.IsDueSoon(state, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void Every_state_name_and_reason_has_an_English_entry()
    {
        var texts = Enum.GetValues<ProblemState>().Select(ProblemNames.Of).Concat(ProblemRules.Reasons);
        Assert.All(texts, k => Assert.True(Texts.EnglishTexts.ContainsKey(k), "no English for " + k));
    }
}
