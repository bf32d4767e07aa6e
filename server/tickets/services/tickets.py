"""Opening a ticket (idempotent) and editing its priority, category and due date."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from accounts.models import User
from accounts.refs import user_ref
from attachments.services.linking import attachments_link, check_attachment_count
from core.errors import PermissionDenied, ValidationFailed
from core.parsing import UNSET, Unset
from crm.models import Customer, DeliveredProduct, Order
from shared_schemas.enums import Permission, TicketEventKind, TicketPriority, TicketStatus
from tickets.models import Category, Ticket, TicketCounter
from tickets.selectors.visibility import ticket_get_for
from tickets.services.common import Created, ensure_not_closed, idempotency_key_reused, lock_ticket
from tickets.services.events import record_event


def next_reference(*, at: datetime) -> str:
    """`SAV-<year>-<n>`: the year's counter row is incremented in the caller's transaction, so
    the row stays locked until commit and two creates never get the same number."""
    year = timezone.localtime(at).year
    TicketCounter.objects.get_or_create(year=year)
    TicketCounter.objects.filter(year=year).update(value=F("value") + 1)
    value = TicketCounter.objects.values_list("value", flat=True).get(year=year)
    return f"SAV-{year}-{value:06d}"


def active_category(category_id: int) -> Category:
    category = Category.objects.filter(pk=category_id, is_active=True).first()
    if category is None:
        raise ValidationFailed.for_field("category", "Choose an active category.", code="not_found")
    return category


def _ticket_customer(actor, customer_id: int | None) -> Customer:
    if actor.is_client:
        if customer_id is not None:
            raise ValidationFailed.for_field(
                "customer", "This field is not accepted.", code="unknown_field"
            )
        if actor.customer_id is None:
            raise PermissionDenied("Your account is not linked to a customer.", code="no_customer")
        return actor.customer
    if customer_id is None:
        raise ValidationFailed.for_field("customer", "Choose the customer.", code="required")
    customer = Customer.objects.filter(pk=customer_id, is_active=True).first()
    if customer is None:
        raise ValidationFailed.for_field("customer", "Choose an active customer.", code="not_found")
    return customer


def _ticket_requester(actor, customer: Customer, requester_id: int | None) -> User:
    if requester_id is None:
        return actor
    if actor.is_client:
        raise ValidationFailed.for_field(
            "requester", "This field is not accepted.", code="unknown_field"
        )
    requester = (
        User.objects.select_related("role")
        .filter(pk=requester_id, customer=customer, is_active=True)
        .first()
    )
    if requester is None or not requester.is_client:
        raise ValidationFailed.for_field(
            "requester",
            "Choose an active client user of this customer.",
            code="not_found_for_customer",
        )
    return requester


def _subject_matter(
    customer: Customer, order_id: int | None, delivered_product_id: int | None
) -> tuple[Order | None, DeliveredProduct | None]:
    """The order or delivered product the ticket is about; one that is not the customer's gets the
    same answer as one that does not exist."""
    if order_id is not None and delivered_product_id is not None:
        message = "Give an order or a delivered product, not both."
        raise ValidationFailed(
            message,
            errors={
                "order": [{"code": "order_and_delivered_product", "message": message}],
                "delivered_product": [{"code": "order_and_delivered_product", "message": message}],
            },
        )
    order = delivered_product = None
    if order_id is not None:
        order = Order.objects.filter(pk=order_id, customer=customer).first()
        if order is None:
            raise ValidationFailed.for_field(
                "order", "No such order for this customer.", code="not_found_for_customer"
            )
    if delivered_product_id is not None:
        delivered_product = (
            DeliveredProduct.objects.select_related("product")
            .filter(pk=delivered_product_id, customer=customer)
            .first()
        )
        if delivered_product is None:
            raise ValidationFailed.for_field(
                "delivered_product",
                "No such delivered product for this customer.",
                code="not_found_for_customer",
            )
    return order, delivered_product


def _replayed_ticket(
    actor, client_uuid: uuid.UUID, *, subject: str, description: str
) -> Ticket | None:
    """The ticket a retry repeats, read like any read: one the actor no longer sees (moved to another
    customer, no longer assignee or watcher) is `not_found`, as if it did not exist."""
    ticket_id = (
        Ticket.objects.filter(created_by=actor, client_uuid=client_uuid).values_list("id", flat=True).first()
    )
    if ticket_id is None:
        return None
    ticket = ticket_get_for(actor, ticket_id)
    if (ticket.subject, ticket.description) != (subject, description):
        raise idempotency_key_reused("ticket")
    return ticket


@transaction.atomic
def ticket_create(
    *,
    actor,
    subject: str,
    description: str,
    category_id: int,
    priority: TicketPriority = TicketPriority.NORMAL,
    customer_id: int | None = None,
    requester_id: int | None = None,
    order_id: int | None = None,
    delivered_product_id: int | None = None,
    client_uuid: uuid.UUID | None = None,
    attachment_ids: Sequence[int] = (),
) -> Created[Ticket]:
    """Open a ticket. A client opens it for its own customer, as requester; staff for any active
    customer, for one of its client users (default: themselves).

    With `client_uuid`, a retry returns the first ticket (`replayed`), even when both requests run
    at the same time: the loser's insert fails on the (created_by, client_uuid) constraint inside a
    savepoint, and it reads the winner instead. A retry never shows a ticket the actor can no longer
    see (`not_found`).

    `attachment_ids` (the actor's staged uploads) are linked to the ticket's opening in the same
    transaction: one that cannot be linked refuses the whole create."""
    if client_uuid is not None:
        replayed = _replayed_ticket(actor, client_uuid, subject=subject, description=description)
        if replayed is not None:
            return Created(replayed, replayed=True)
    check_attachment_count(attachment_ids)
    customer = _ticket_customer(actor, customer_id)
    requester = _ticket_requester(actor, customer, requester_id)
    category = active_category(category_id)
    order, delivered_product = _subject_matter(customer, order_id, delivered_product_id)
    try:
        with transaction.atomic():
            now = timezone.now()
            ticket = Ticket.objects.create(
                reference=next_reference(at=now),
                subject=subject,
                description=description,
                status=TicketStatus.OPEN,
                priority=priority,
                category=category,
                customer=customer,
                requester=requester,
                created_by=actor,
                order=order,
                delivered_product=delivered_product,
                client_uuid=client_uuid,
                created_at=now,
                last_activity_at=now,
            )
    except IntegrityError:
        winner = None
        if client_uuid is not None:
            winner = _replayed_ticket(actor, client_uuid, subject=subject, description=description)
        if winner is None:
            raise
        return Created(winner, replayed=True)
    attachments_link(actor=actor, attachment_ids=attachment_ids, ticket=ticket, at=now)
    record_event(
        ticket=ticket,
        actor=actor,
        kind=TicketEventKind.CREATED,
        data={"reference": ticket.reference, "status": str(ticket.status)},
        at=now,
    )
    if actor.is_staff_member and not actor.has_permission(Permission.TICKETS_VIEW_ALL):
        # Staff who only see their own tickets follow the ones they open.
        ticket.watchers.add(actor)
        record_event(
            ticket=ticket, actor=actor, kind=TicketEventKind.WATCHER_ADDED,
            data={"user": user_ref(actor)}, at=now,
        )
    return Created(ticket, replayed=False)


@transaction.atomic
def ticket_edit(
    *,
    actor,
    ticket: Ticket,
    priority: TicketPriority | Unset = UNSET,
    category_id: int | Unset = UNSET,
    due_at: datetime | None | Unset = UNSET,
) -> Ticket:
    """Change what staff triage: one event per field that really changes; nothing if none does."""
    ticket = lock_ticket(ticket)
    ensure_not_closed(ticket)
    category_changes = not isinstance(category_id, Unset) and category_id != ticket.category_id
    category = active_category(category_id) if category_changes else None
    now = timezone.now()
    changed: list[str] = []
    if not isinstance(priority, Unset) and priority != ticket.priority:
        record_event(
            ticket=ticket, actor=actor, kind=TicketEventKind.PRIORITY_CHANGED,
            data={"from": str(ticket.priority), "to": str(priority)}, at=now,
        )
        ticket.priority = priority
        changed.append("priority")
    if category is not None:
        previous = ticket.category
        record_event(
            ticket=ticket, actor=actor, kind=TicketEventKind.CATEGORY_CHANGED,
            data={
                "from": {"id": previous.id, "name": previous.name},
                "to": {"id": category.id, "name": category.name},
            },
            at=now,
        )
        ticket.category = category
        changed.append("category")
    if not isinstance(due_at, Unset) and due_at != ticket.due_at:
        record_event(
            ticket=ticket, actor=actor, kind=TicketEventKind.DUE_AT_CHANGED,
            data={
                "from": ticket.due_at.isoformat() if ticket.due_at else None,
                "to": due_at.isoformat() if due_at else None,
            },
            at=now,
        )
        ticket.due_at = due_at
        changed.append("due_at")
    if changed:
        ticket.save(update_fields=[*changed, "last_activity_at"])
    return ticket
