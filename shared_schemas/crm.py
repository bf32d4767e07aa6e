from datetime import date, datetime
from decimal import Decimal

from shared_schemas.common import WireModel
from shared_schemas.enums import OrderStatus, RecordSource


class CustomerOut(WireModel):
    id: int
    external_id: str
    name: str
    siret: str
    email: str
    phone: str
    address_line: str
    postal_code: str
    city: str
    country: str
    is_active: bool
    created_at: datetime
    source: RecordSource
    crm_synced_at: datetime | None
    sav_notes: str


class ContactOut(WireModel):
    id: int
    customer: int
    external_id: str | None
    first_name: str
    last_name: str
    email: str
    phone: str
    job_title: str
    user: int | None
    is_active: bool
    source: RecordSource


class ProductOut(WireModel):
    id: int
    external_id: str
    sku: str
    name: str
    description: str
    is_active: bool


class ProductBrief(WireModel):
    id: int
    sku: str
    name: str


class OrderLineOut(WireModel):
    id: int
    external_id: str
    position: int
    product: ProductBrief | None
    label: str
    quantity: Decimal
    unit_price: Decimal


class OrderOut(WireModel):
    id: int
    customer: int
    external_id: str
    reference: str
    ordered_at: date
    status: OrderStatus
    total_amount: Decimal
    is_active: bool
    lines: list[OrderLineOut]


class OrderBrief(WireModel):
    id: int
    reference: str


class DeliveredProductOut(WireModel):
    id: int
    customer: int
    external_id: str
    product: ProductBrief
    serial_number: str
    delivered_at: date
    order: OrderBrief | None
    is_active: bool
