"""The approval life cycle as a Hypothesis rule-based state machine (issue 9): requests and
decisions of every kind, by every role, at any time, checked against a small model of the rule
(:mod:`commandcenter.domain.approvals`) through the service core in memory."""
from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule

from commandcenter.domain import approvals as rules
from commandcenter.domain.errors import CommandError
from commandcenter.service import approvals, clocks, handlers
from tests import servicekit as kit

ACTORS = {"urban": kit.liaison("urban"), "police": kit.liaison("police"), "operator": kit.OPERATOR,
          "supervisor": kit.SUPERVISOR}
KINDS = [k.value for k in rules.ApprovalKind]


class ApprovalMachine(RuleBasedStateMachine):
    approvals = Bundle("approvals")

    @initialize()
    def case(self):
        self.state, self.world = kit.build()
        self.now = kit.NOW
        self.event_id = self.run(kit.OPERATOR, **kit.report_frame())["event_id"]
        self.run(kit.OPERATOR, type="event.accept", event_id=self.event_id, tier="medium")
        self.run(kit.OPERATOR, type="order.dispatch", event_id=self.event_id, to={"department": "urban"})
        self.pending: dict[str, int] = {}  # the model: kind -> pending approval id
        self.decided: dict[int, object] = {}
        self.extended = 0

    def run(self, actor, **frame):
        """Apply one command as the committer does: an error undoes it whole."""
        unit = kit.unit(self.state, self.now)
        unit.actor = actor.user
        before = self.picture()
        try:
            result = handlers.apply(unit, self.world, actor, kit.command(**frame))
        except CommandError as exc:
            unit.rollback()
            assert self.picture() == before, "a refused command changed something"
            return exc
        self.state.evict_closed(unit.closed_event_ids())
        return result

    def picture(self):
        s = self.state
        return dict(s.events.items), dict(s.orders.items), dict(s.approvals.items), dict(s.pending)

    @property
    def event(self):
        return self.state.event(self.event_id)

    def expect_request(self, kind: str, who: str, until) -> bool:
        event = self.event
        if event is None or kind in self.pending:
            return False
        if (who == "urban") != (kind in rules.RECEIVER_KINDS) or who == "police":
            return False
        if (kind == "park" and event.parked) or (kind == "suspend" and event.suspended_until):
            return False
        return self.fits(kind, until)

    def fits(self, kind: str, until) -> bool:
        if kind not in rules.TIMED_KINDS:
            return until is None
        due = max(self.event.due_at, self.state.open_order_of(self.event_id).due_at)
        return until is not None and until > self.now and (kind != "extension" or until > due)

    @rule(target=approvals, kind=st.sampled_from(KINDS), hours=st.integers(-11, 24 * 20),
          who=st.sampled_from(["urban", "urban", "operator", "supervisor", "police"]))
    def request(self, kind, who, hours):
        until = None if hours == -11 else self.now + timedelta(hours=hours)  # -11: no until
        if kind not in rules.TIMED_KINDS and hours % 2:
            until = None  # park and void mostly without an until
        expected = self.expect_request(kind, who, until)
        frame = {"type": "approval.request", "kind": kind, "event_id": self.event_id, "reason": "r"}
        result = self.run(ACTORS[who], **frame, **({} if until is None else {"until": until.isoformat()}))
        assert isinstance(result, dict) == expected, (kind, who, hours, result)
        if expected:
            self.pending[kind] = result["approval_id"]
            return result["approval_id"]
        return 10**6  # an id no approval has: deciding it is not_found

    @rule(approval_id=approvals, approve=st.booleans(), who=st.sampled_from(["supervisor"] * 3 + ["operator"]))
    def decide(self, approval_id, approve, who):
        approval = self.state.approvals.get(approval_id)
        pending = approval is not None and self.pending.get(approval.kind) == approval_id
        fits = pending and self.event is not None and (not approve or self.fits_now(approval))
        result = self.run(ACTORS[who], type="approval.decide", approval_id=approval_id, approve=approve, note="")
        assert isinstance(result, dict) == (who == "supervisor" and pending and fits), (approval, result)
        if isinstance(result, dict):
            self.after_decision(self.state.approvals.get(approval_id), approve)

    def fits_now(self, approval) -> bool:
        event = self.event
        if (approval.kind == "park" and event.parked) or (approval.kind == "suspend" and event.suspended_until):
            return False
        return self.fits(approval.kind, approval.until)

    def after_decision(self, approval, approve: bool) -> None:
        del self.pending[approval.kind]
        self.decided[approval.id] = approval
        if approve and approval.kind == "extension":
            self.extended += 1
            assert self.event.due_at == approval.until == self.state.order(approval.order_id).due_at
        if approve and approval.kind == "void":
            assert self.event is None and not self.pending.clear()  # the others were denied with it

    @rule(minutes=st.integers(1, 60 * 24 * 3))
    def time_passes(self, minutes):
        self.now += timedelta(minutes=minutes)
        unit = kit.unit(self.state, self.now)
        clocks.flip_due(unit)
        approvals.resume_suspended(unit, self.world.policy)
        if self.event is not None and self.event.suspended_until:
            assert self.event.suspended_until > self.now  # else the sweep resumed it

    @invariant()
    def one_pending_per_kind(self):
        if not hasattr(self, "state"):
            return
        live = [a for a in self.state.approvals.items.values() if a.status == "pending"]
        assert sorted((a.event_id, a.kind) for a in live) == sorted(self.state.pending)
        assert {a.kind: a.id for a in live if self.event is not None} == (self.pending if self.event else {})

    @invariant()
    def decisions_are_final_and_extensions_counted(self):
        if not hasattr(self, "state"):
            return
        for approval_id, approval in self.decided.items():
            assert self.state.approvals.get(approval_id) == approval
        order = self.state.open_order_of(self.event_id)
        if order is not None:
            assert order.extensions == self.extended
        if self.event is not None and self.event.parked:
            assert not self.event.overdue


ApprovalMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=30, deadline=None,
                                             suppress_health_check=[HealthCheck.too_slow])
TestApprovalLifeCycle = ApprovalMachine.TestCase


def test_until_rules():
    now = kit.NOW
    rules.check_until("suspend", now + timedelta(hours=1), now=now, due_at=now)  # a suspension may end early
    for kind, until, due in (("extension", now + timedelta(hours=1), now + timedelta(hours=2)),
                             ("suspend", now, None), ("park", now + timedelta(hours=1), None)):
        try:
            rules.check_until(kind, until, now=now, due_at=due)
        except CommandError as exc:
            assert exc.code == "bad_request"
        else:
            raise AssertionError((kind, until))
