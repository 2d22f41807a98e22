"""Whose doing a recorded event is, read from its name (verify.eventmatch)."""

from __future__ import annotations

import pytest

from verify.eventmatch import recorded_agent, reversed_roles


def row(name: str, participants: str) -> dict:
    return {"name": name, "participants": participants.split("|")}


@pytest.mark.parametrize(
    ("name", "participants", "doer"),
    [
        ("Kim Jong-un invites Vladimir Putin to visit North Korea", "Kim Jong-un|Vladimir Putin", "Kim Jong-un"),
        ("Putin makes a state visit to China and holds talks with Xi", "Vladimir Putin|Xi Jinping", "Vladimir Putin"),
        # a shared act has no single doer
        ("Putin and Kim Jong-un hold a summit", "Vladimir Putin|Kim Jong-un", None),
        ("Xi Jinping and Vladimir Putin meet at the SCO summit", "Vladimir Putin|Xi Jinping", None),
        # a name that does not open the record's name
        ("Russian presidential election won by Vladimir Putin", "Vladimir Putin", None),
    ],
)
def test_the_doer_is_the_participant_the_name_opens_with(name, participants, doer):
    assert recorded_agent(row(name, participants)) == doer


def test_roles_the_other_way_round_are_found_only_when_both_sides_swap():
    invitation = row("Kim Jong-un invites Vladimir Putin to visit North Korea", "Kim Jong-un|Vladimir Putin")
    assert reversed_roles("Vladimir Putin", ["Kim Jong-un"], invitation) == ("Kim Jong-un", "Vladimir Putin")
    assert reversed_roles("Kim Jong-un", ["Vladimir Putin"], invitation) is None
    assert reversed_roles("Vladimir Putin", [], invitation) is None  # "Putin held talks with Kim"
