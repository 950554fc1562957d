"""The service core's handlers as a state machine: random command sequences keep invariants."""
from __future__ import annotations

import msgspec
from hypothesis import settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from commandcenter.domain.codes import OPEN_ORDER_STATUSES
from commandcenter.domain.errors import CommandError, ErrorCode
from commandcenter.net import messages as m
from commandcenter.service import handlers
from tests import servicekit as kit

decode = msgspec.json.Decoder(m.Incoming).decode


def command(**frame) -> object:
    return decode(msgspec.json.encode({"id": "x", **frame}))


class CaseMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.state, self.world = kit.build()
        self.refused = 0

    def run(self, actor, **frame) -> dict | None:
        u = kit.unit(self.state)
        mark = u.mark()
        try:
            result = handlers.apply(u, self.world, actor, command(**frame))
        except CommandError as exc:
            u.rollback_to(mark)
            assert exc.code in (ErrorCode.CONFLICT, ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN)
            self.refused += 1
            return None
        u.settle_seats()
        return result

    def ids(self) -> list[int]:
        return sorted(self.state.events.items) or [1]

    @rule(spot=st.booleans())
    def report(self, spot):
        self.run(kit.worker("w000001"), **kit.report_frame(handled_on_spot=spot))

    @precondition(lambda self: self.state.events.items)
    @rule(data=st.data(), tier=st.sampled_from(["small", "medium", "complex"]))
    def accept(self, data, tier):
        self.run(kit.OPERATOR, type="event.accept", event_id=data.draw(st.sampled_from(self.ids())), tier=tier)

    @precondition(lambda self: self.state.events.items)
    @rule(data=st.data(), to=st.sampled_from([{"worker_id": "w000002"}, {"department": "urban"}]))
    def dispatch(self, data, to):
        self.run(kit.OPERATOR, type="order.dispatch", event_id=data.draw(st.sampled_from(self.ids())), to=to)

    @precondition(lambda self: self.state.orders.items)
    @rule(data=st.data(), step=st.sampled_from(["order.receive", "order.complete", "order.return",
                                                 "order.progress"]))
    def handle(self, data, step):
        order = self.state.order(data.draw(st.sampled_from(sorted(self.state.orders.items))))
        actor = kit.worker("w000002") if order.assignee.worker_id else kit.liaison("urban")
        extra = {"reason": "不属于本部门"} if step == "order.return" else {"note": "已处理"}
        self.run(actor, type=step, order_id=order.id, **({} if step == "order.receive" else extra))

    @precondition(lambda self: self.state.events.items)
    @rule(data=st.data(), passed=st.booleans(), step=st.sampled_from(["verify", "follow_up", "archive"]))
    def close(self, data, passed, step):
        eid = data.draw(st.sampled_from(self.ids()))
        extra = {"verify": {"passed": passed, "note": ""}, "follow_up": {"satisfaction": 5, "note": ""},
                 "archive": {}}[step]
        self.run(kit.OPERATOR, type=f"event.{step}", event_id=eid, **extra)

    @invariant()
    def one_open_order_exactly_while_dispatched(self):
        for event in self.state.events.items.values():
            open_orders = [o for o in map(self.state.order, self.state.orders_by_event.get(event.id, ()))
                           if o.status in OPEN_ORDER_STATUSES]
            assert len(open_orders) == (1 if event.status in ("dispatched", "in_progress") else 0)
            if event.status in ("reported", "accepted", "dispatched", "in_progress"):
                assert (event.assignee is not None) == (event.status in ("dispatched", "in_progress"))
            if open_orders:
                assert open_orders[0].assignee == event.assignee
                assert (open_orders[0].status == "received") == (event.status == "in_progress")

    @invariant()
    def seat_counters_match_open_orders(self):
        open_urban = sum(1 for o in self.state.orders.items.values()
                         if o.status in OPEN_ORDER_STATUSES and o.assignee.department == "urban")
        assert self.state.seat_for("urban").open_orders == open_urban


CaseMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestCaseMachine = CaseMachine.TestCase


def test_wall_is_refused_everything():
    state, world = kit.build()
    try:
        handlers.apply(kit.unit(state), world, kit.WALL, command(**kit.report_frame()))
    except CommandError as exc:
        assert exc.code is ErrorCode.FORBIDDEN
    else:
        raise AssertionError("the wall reported an event")


def test_a_refused_command_leaves_no_trace():
    state, world = kit.build()
    u = kit.unit(state)
    handlers.apply(u, world, kit.OPERATOR, command(**kit.report_frame()))
    mark = u.mark()
    before = dict(state.events.items)
    try:
        handlers.apply(u, world, kit.OPERATOR, command(type="order.dispatch", event_id=1, to={"department": "urban"}))
    except CommandError:
        u.rollback_to(mark)
    assert state.events.items == before and len(u.journal) == 1 and not state.orders.items
