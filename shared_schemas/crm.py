from datetime import date, datetime
from decimal import Decimal

from shared_schemas.common import WireModel


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


class ContactOut(WireModel):
    id: int
    customer: int
    external_id: str
    first_name: str
    last_name: str
    email: str
    phone: str
    job_title: str
    user: int | None


class ProductOut(WireModel):
    id: int
    sku: str
    name: str
    description: str


class OrderOut(WireModel):
    id: int
    customer: int
    reference: str
    ordered_at: date
    total_amount: Decimal


class ProductBrief(WireModel):
    id: int
    sku: str
    name: str


class OrderBrief(WireModel):
    id: int
    reference: str


class DeliveredProductOut(WireModel):
    id: int
    customer: int
    product: ProductBrief
    serial_number: str
    delivered_at: date
    order: OrderBrief | None
