"""Shapes used by every resource: problems, pages and small references."""

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


class WireModel(BaseModel):
    """Base of every wire model: unknown keys are ignored (the server may add fields), but
    every declared field is required unless it has a default."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class FieldError(WireModel):
    code: str
    message: str


class Problem(WireModel):
    """RFC 9457 problem details with the stable `code` the desktop maps to French text."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    errors: dict[str, list[FieldError]] = {}
    retry_after: int | None = None  # 429 only: seconds to wait (also the Retry-After header)
    permission: str | None = None  # 403 `permission_denied` only: the permission the role lacks


class Page(WireModel, Generic[T]):
    """A keyset page: follow `next_cursor` until it is null."""

    results: list[T]
    next_cursor: str | None


class IdName(WireModel):
    id: int
    name: str


class UserRef(WireModel):
    id: int
    full_name: str
