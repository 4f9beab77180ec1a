"""What ``purge`` and ``person erase`` print: a plan (who goes, per rule, rows per table,
files, backups to remove) and the result; and their shared confirmation."""

from __future__ import annotations

import sys
from collections.abc import Callable

from korre_desktop.cli import counted
from korre_desktop.services.retention import PurgePlan, PurgeResult


def print_plan(plan: PurgePlan, out: Callable[[str], None] = print) -> None:
    if plan.is_empty:
        out(f"nothing to purge on {plan.day.isoformat()}")
        return
    for rule in plan.rules:
        people = counted(len(rule.people), "people", "person")
        out(f"rule {rule.rule}: {people}, {counted(rule.rows, 'records')}")
        for person in rule.people:
            only = " (consent statements only)" if person.fate.value == "consent_goes" else ""
            school = f"\t{person.school}" if person.school else ""
            out(
                f"  {person.kind}\t{person.number}\t{person.name}\tleft"
                f" {person.left.isoformat()}{school}{only}"
            )
        for table, count in sorted(rule.counts.items()):
            out(f"    {table}: {count}")
    if plan.reason:
        out(f"reason: {plan.reason}")
    if plan.access_log_expired:
        out(f"rule access_log: {counted(plan.access_log_expired, 'expired entries')}")
    out(f"stored files removed: {plan.blobs}")
    for login in plan.unlinked_users:
        out(f"login {login} stays, no longer linked to an employee (deactivate it if unused)")
    if plan.backups:
        older = counted(len(plan.backups), "older automatic backups")
        out(f"after a fresh backup, {older} will be removed:")
        for path in plan.backups:
            out(f"  {path}")


def print_result(result: PurgeResult) -> None:
    plan = result.plan
    if plan.is_empty:
        print(f"nothing to purge on {plan.day.isoformat()}")
        return
    for rule in plan.rules:
        print(
            f"{counted(rule.rows, 'records')} purged on {plan.day.isoformat()} under rule"
            f" {rule.rule} ({counted(len(rule.people), 'people', 'person')})"
        )
    if not result.wiped:
        print("the server's tables are rewritten by their owner's VACUUM FULL (not this login's)")
    if result.backup is not None:
        print(f"fresh backup: {result.backup}")
    for path in result.removed_backups:
        print(f"removed backup: {path}")


def confirmed(yes: bool, question: str) -> bool:
    """``--yes``, or the answer on a terminal; without either: not confirmed."""
    if yes:
        return True
    if not sys.stdin.isatty():
        return False
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes", "j", "ja")
