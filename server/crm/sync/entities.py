"""The six things the CRM sends, in the order a sync writes them (parents before children): for each,
its model, the row contract (`shared_schemas.crm_sync`), the fields the CRM owns, the parents a row
names by external id, and the other unique keys a row must not take from another record."""

from dataclasses import dataclass, field
from functools import cached_property

from django.db import models

from crm.models import Contact, Customer, DeliveredProduct, Order, OrderLine, Product
from shared_schemas.audit import AuditTarget
from shared_schemas.crm_sync import (
    ContactRow,
    CrmRow,
    CustomerRow,
    DeliveredProductRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
)


@dataclass(frozen=True)
class Parent:
    field: str  # the row's field and the model's foreign key
    entity: str
    required: bool = True


@dataclass(frozen=True, eq=False)
class Entity:
    name: str  # as in URLs, mapping files and reports
    model: type[models.Model]
    row: type[CrmRow]
    audit_target: AuditTarget
    parents: tuple[Parent, ...] = ()
    # Unique keys besides external_id, as tuples of row fields (a parent by its external id).
    unique_together: tuple[tuple[str, ...], ...] = ()
    label_field: str = "external_id"
    crm_fields: tuple[str, ...] = field(default=())

    @property
    def written_fields(self) -> tuple[str, ...]:
        """The model columns a sync writes: the CRM's fields (parents as `<name>_id`) and its bookkeeping."""
        own = tuple(f"{name}_id" if self.parent(name) else name for name in self.crm_fields)
        return (*own, "is_active", "crm_synced_at", "crm_fingerprint")

    def parent(self, name: str) -> Parent | None:
        return self.parents_by_field.get(name)

    @cached_property
    def parents_by_field(self) -> dict[str, Parent]:
        return {parent.field: parent for parent in self.parents}


def _fields(row: type[CrmRow]) -> tuple[str, ...]:
    return tuple(name for name in row.model_fields if name not in ("external_id", "is_active"))


ENTITIES: dict[str, Entity] = {
    entity.name: entity
    for entity in (
        Entity("customers", Customer, CustomerRow, AuditTarget.CUSTOMER, label_field="name",
               crm_fields=_fields(CustomerRow)),
        Entity("contacts", Contact, ContactRow, AuditTarget.CONTACT, parents=(Parent("customer", "customers"),),
               label_field="last_name", crm_fields=_fields(ContactRow)),
        Entity("products", Product, ProductRow, AuditTarget.PRODUCT, unique_together=(("sku",),),
               label_field="name", crm_fields=_fields(ProductRow)),
        Entity("orders", Order, OrderRow, AuditTarget.ORDER, parents=(Parent("customer", "customers"),),
               unique_together=(("reference",),), label_field="reference", crm_fields=_fields(OrderRow)),
        Entity("order_lines", OrderLine, OrderLineRow, AuditTarget.ORDER_LINE,
               parents=(Parent("order", "orders"), Parent("product", "products", required=False)),
               label_field="label", crm_fields=_fields(OrderLineRow)),
        Entity("delivered_products", DeliveredProduct, DeliveredProductRow, AuditTarget.DELIVERED_PRODUCT,
               parents=(Parent("customer", "customers"), Parent("product", "products"),
                        Parent("order", "orders", required=False)),
               unique_together=(("product", "serial_number"),), label_field="serial_number",
               crm_fields=_fields(DeliveredProductRow)),
    )
}

# The names the push API uses in its URLs.
URL_NAMES = {name.replace("_", "-"): name for name in ENTITIES}
