import csv
from datetime import date, timedelta

import pytest

from desktop.admin.audit.operations import AuditFilters, audit_event_page, audit_export
from desktop.admin.roles.operations import role_create, role_update
from desktop.api.errors import ApiError
from shared_schemas.enums import Permission, RoleAudience
from tests.desktop.admin.helpers import AGENT, signed_in, unique

pytestmark = pytest.mark.asyncio

CSV_COLUMNS = [
    "id",
    "created_at",
    "actor_email",
    "action",
    "target_type",
    "target_id",
    "target_label",
    "before",
    "after",
    "ip_address",
]


async def a_role_created_then_renamed(admin):
    name = unique("Zz Journal")
    role = await role_create(
        admin,
        code=unique("zz-journal").replace(" ", "-"),
        name=name,
        audience=RoleAudience.STAFF,
        permissions=[Permission.TICKETS_VIEW_ALL],
    )
    await role_update(admin, role.id, name=name + " bis")
    return role


def on_target(role, **more) -> AuditFilters:
    return AuditFilters(target_type="role", target_id=str(role.id), **more)


async def test_a_role_created_through_the_api_is_in_the_journal_with_its_author_and_values(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await a_role_created_then_renamed(admin)

    page = await audit_event_page(admin, on_target(role))

    renamed, created = page.results
    assert (created.action, renamed.action) == ("role.created", "role.updated")
    assert (created.actor, created.actor_email) == (admin.session.user.id, "admin@origyne.fr")
    assert created.target_label == role.name and created.after["name"] == role.name
    assert (renamed.before, renamed.after) == ({"name": role.name}, {"name": role.name + " bis"})
    assert renamed.created_at >= created.created_at and created.ip_address == "127.0.0.1"


async def test_the_filters_narrow_the_journal(make_ctx, sign_in_as):
    admin = await signed_in(make_ctx, sign_in_as)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    role = await a_role_created_then_renamed(admin)
    today = date.today()

    async def actions(filters: AuditFilters) -> list[str]:
        return [event.action for event in (await audit_event_page(admin, filters)).results]

    assert await actions(on_target(role, action="role.")) == ["role.updated", "role.created"]
    assert await actions(on_target(role, action="user.")) == []
    assert await actions(on_target(role, actor=admin.session.user.id)) == ["role.updated", "role.created"]
    assert await actions(on_target(role, actor=agent.session.user.id)) == []
    assert await actions(on_target(role, first_day=today, last_day=today)) == ["role.updated", "role.created"]
    assert await actions(on_target(role, last_day=today - timedelta(days=1))) == []
    assert await actions(on_target(role, first_day=today + timedelta(days=1))) == []

    agent_id = agent.session.user.id
    sign_ins = await audit_event_page(admin, AuditFilters(actor=agent_id, action="auth.sign_in"), page_size=5)
    assert sign_ins.results and {(e.action, e.actor) for e in sign_ins.results} == {("auth.sign_in", agent_id)}


async def test_the_export_writes_every_matching_event_as_csv_with_progress(make_ctx, sign_in_as, tmp_path):
    admin = await signed_in(make_ctx, sign_in_as)
    role = await a_role_created_then_renamed(admin)
    destination = tmp_path / "journal.csv"
    received: list[int] = []

    saved = await audit_export(
        admin, on_target(role), destination, on_progress=lambda done, _total: received.append(done)
    )

    assert saved == destination and received and received[-1] == destination.stat().st_size
    with destination.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == CSV_COLUMNS
    assert [(row[3], row[5], row[6]) for row in rows[1:]] == [
        ("role.updated", str(role.id), role.name + " bis"),
        ("role.created", str(role.id), role.name),
    ]
    assert list(tmp_path.iterdir()) == [destination]  # nothing left beside it


async def test_an_agent_is_refused_the_journal_and_a_refused_export_writes_nothing(make_ctx, sign_in_as, tmp_path):
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    with pytest.raises(ApiError) as listed:
        await audit_event_page(agent, AuditFilters())
    assert (listed.value.status, listed.value.code) == (403, "permission_denied")

    with pytest.raises(ApiError) as exported:
        await audit_export(agent, AuditFilters(), tmp_path / "journal.csv")
    assert exported.value.status == 403
    assert list(tmp_path.iterdir()) == []
