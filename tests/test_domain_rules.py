"""The domain's rules on their own: life cycle table, deadlines, routing, permissions, ranking."""
from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest

from commandcenter.domain import deadlines, lifecycle, permissions, ranking, routing
from commandcenter.domain.clock import CST
from commandcenter.domain.codes import CATEGORIES, DEPARTMENTS, EventStatus, Role
from commandcenter.domain.errors import CommandError, ErrorCode
from commandcenter.domain.lifecycle import Action

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=CST)


def test_the_closed_loop_runs_from_report_to_archive():
    status = EventStatus.REPORTED
    for action in (Action.ACCEPT, Action.DISPATCH, Action.RECEIVE, Action.COMPLETE,
                   Action.VERIFY_PASS, Action.FOLLOW_UP, Action.ARCHIVE):
        status = lifecycle.event_next(status, action)
    assert status == EventStatus.ARCHIVED


@pytest.mark.parametrize("action", [Action.RETURN, Action.VERIFY_FAIL, Action.CANCEL])
def test_returns_failed_verification_and_cancel_go_back_to_accepted(action):
    before = EventStatus.RESOLVED if action is Action.VERIFY_FAIL else EventStatus.DISPATCHED
    assert lifecycle.event_next(before, action) == EventStatus.ACCEPTED


def test_illegal_transition_is_a_conflict():
    with pytest.raises(CommandError) as err:
        lifecycle.event_next(EventStatus.REPORTED, Action.COMPLETE)
    assert err.value.code is ErrorCode.CONFLICT


def test_archive_skips_follow_up_only_when_nobody_can_be_called_back():
    assert lifecycle.event_next("verified", Action.ARCHIVE, source="camera") == EventStatus.ARCHIVED
    with pytest.raises(CommandError):
        lifecycle.event_next("verified", Action.ARCHIVE, source="hotline", reporter="王女士")


def test_desk_actions_never_offer_the_receivers_steps():
    offered = lifecycle.allowed_event_actions("dispatched")
    assert Action.DISPATCH in offered and Action.CANCEL in offered
    assert not set(offered) & lifecycle.RECEIVER_ACTIONS


def test_order_needs_receipt_before_completion():
    with pytest.raises(CommandError):
        lifecycle.order_next("issued", Action.COMPLETE)
    assert lifecycle.order_next("received", Action.COMPLETE) == "completed"


def test_deadlines_by_tier_and_overdue_only_while_the_clock_runs():
    assert deadlines.due_at(T0, "small") == T0 + timedelta(hours=2)
    assert deadlines.due_at(T0, "complex") == T0 + timedelta(days=7)
    late = T0 + timedelta(hours=3)
    assert deadlines.is_overdue("in_progress", T0, late)
    assert not deadlines.is_overdue("resolved", T0, late)


def test_urgency_turns_amber_under_a_quarter_left():
    due = T0 + timedelta(hours=4)
    assert deadlines.urgency(T0, due, T0 + timedelta(hours=1)) == "plenty"
    assert deadlines.urgency(T0, due, T0 + timedelta(hours=3, minutes=30)) == "urgent"
    assert deadlines.urgency(T0, due, due + timedelta(seconds=1)) == "overdue"


def test_routing_covers_every_category_with_a_known_department():
    assert set(routing.ROUTING) == set(CATEGORIES)
    assert {d for d in routing.ROUTING.values() if d} <= set(DEPARTMENTS)
    assert routing.department_for("water_supply") == "water"
    assert routing.department_for("other") is None


def test_small_matters_stay_with_the_grid_and_big_ones_go_to_the_routed_department():
    grid = "130203001002001"
    assert not routing.dispatch_to_department("sanitation", "small", grid)  # 办小事
    assert routing.dispatch_to_department("sanitation", "medium", grid)  # 报大事
    assert routing.dispatch_to_department("water_supply", "small", None)  # no grid, no grid worker
    assert not routing.dispatch_to_department("other", "complex", grid)  # no department to route to
    assert not routing.dispatch_to_department("other", "small", None)


def test_wall_may_only_query():
    allowed = {c for c in permissions.COMMAND_ROLES if permissions.may(Role.WALL, c)}
    assert allowed <= permissions.QUERIES  # nothing that changes state
    assert {"query.events", "query.stats", "query.assessment", "query.coverage"} <= allowed  # what it shows
    assert "query.track" not in allowed  # a worker's whereabouts are not for the big screen


def test_receivers_act_only_on_their_own_orders():
    assert permissions.may(Role.LIAISON, "order.complete", own=True)
    assert not permissions.may(Role.LIAISON, "order.complete", own=False)
    with pytest.raises(CommandError) as err:
        permissions.check(Role.WORKER, "order.receive", own=False)
    assert err.value.code is ErrorCode.FORBIDDEN


def test_ranking_puts_own_grid_first_then_idle_then_distance():
    lat = np.array([39.60, 39.631, 39.64, 39.63])
    lon = np.array([118.18, 118.18, 118.18, 118.18])
    rank = np.array([0, 2, 0, -1])  # idle, busy, idle, offline
    same = np.array([False, True, False, True])
    chosen, dist = ranking.rank_workers(lat, lon, rank, same, 39.63, 118.18)
    assert chosen.tolist() == [1, 2, 0]  # own grid (busy) first, offline left out
    assert dist[1] < dist[2]
