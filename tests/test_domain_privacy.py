"""The wall's privacy rule: names, phones and sensitive matters never reach the big screen."""
from __future__ import annotations

from datetime import datetime

import pytest

from commandcenter.domain import privacy
from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Event

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=CST)


def event(**fields) -> Event:
    base = dict(id=1, code="E1", category="sanitation", title="垃圾满溢", description="小区门口", lat=39.6,
                lon=118.2, grid_id=None, source="hotline", reporter="张三丰", severity=2, tier=None,
                status="reported", created_at=T0, due_at=None, overdue=False, supervised=False,
                escalation_level=0, assignee=None, satisfaction=None, version=1, reporter_phone="13812345678")
    return Event(**{**base, **fields})


def test_names_keep_only_the_surname():
    assert privacy.mask_name("张三丰") == "张**"
    assert privacy.mask_name("李四") == "李*"
    assert privacy.mask_name("王") == "*"
    assert privacy.mask_name(None) is None


def test_phones_keep_three_and_four_digits():
    assert privacy.mask_phone("13812345678") == "138****5678"
    assert privacy.mask_phone("0315-2345678") == "031****5678"
    assert privacy.mask_phone("110") == "***"
    assert privacy.mask_phone(None) is None


@pytest.mark.parametrize("category", ["dispute", "special_population", "petition"])
def test_sensitive_categories_withhold_title_and_description(category):
    shown = privacy.for_wall(event(category=category, title="张三丰与邻居纠纷", description="因漏水争吵"))
    assert shown.withheld and shown.title == "" and shown.description == ""
    assert shown.reporter == "张**" and shown.reporter_phone == "138****5678"


def test_other_categories_keep_their_texts_but_scrub_names_and_numbers():
    shown = privacy.for_wall(event(title="张三丰反映垃圾", description="请回电 139 1234 5678 或 0315-2345678"))
    assert not shown.withheld
    assert shown.title == "张**反映垃圾"
    assert "1234 5678" not in shown.description and "139****5678" in shown.description
    assert "2345678" not in shown.description


def test_an_anonymous_report_stays_anonymous():
    shown = privacy.for_wall(event(reporter=None, reporter_phone=None))
    assert shown.reporter is None and shown.reporter_phone is None and shown.title == "垃圾满溢"


def test_the_list_of_sensitive_categories_is_the_issue_s():
    assert {"dispute", "special_population", "petition"} == privacy.SENSITIVE_CATEGORIES
    assert not privacy.is_sensitive("sanitation")
