"""Checks that an answer of the server is exactly a `shared_schemas` model, both ways:

- the JSON validates against the model (strict JSON mode: an id sent as a string fails);
- its keys are the model's fields at every level of nesting, so a field the server adds without
  the contract fails too (the models themselves ignore unknown keys, on purpose, for old desktops).
  A field with a default (e.g. `watchers` for a client) may be absent; every other must be there.

`assert_component_matches` does the same against the generated OpenAPI schema: same properties,
same required fields, same nullability, same JSON types and enum values, recursively.
"""

import types
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Union, get_args, get_origin
from uuid import UUID

from pydantic import BaseModel, TypeAdapter

Json = Any


def assert_wire(annotation: Any, response, *, status: int) -> Any:
    """The parsed model (or list of models) of a DRF test `response` that must have `status`."""
    assert response.status_code == status, (response.status_code, response.content[:2000])
    return assert_json(annotation, response.content)


def assert_json(annotation: Any, raw: bytes | str) -> Any:
    parsed = TypeAdapter(annotation).validate_json(raw, strict=True)
    assert_same_keys(annotation, TypeAdapter(Json).validate_json(raw))
    return parsed


def assert_same_keys(annotation: Any, value: Json, path: str = "$") -> None:
    """Keys of every JSON object in `value` are the fields of the model it stands for."""
    if value is None or annotation is Any:
        return
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, types.UnionType):
        candidates = [arg for arg in args if arg is not type(None)]
        if len(candidates) == 1:
            assert_same_keys(candidates[0], value, path)
        return
    if origin is list:
        for index, item in enumerate(value):
            assert_same_keys(args[0], item, f"{path}[{index}]")
        return
    if origin is dict:
        for key, item in value.items():
            assert_same_keys(args[1], item, f"{path}.{key}")
        return
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        assert isinstance(value, dict), f"{path}: expected an object, got {value!r}"
        fields = annotation.model_fields
        undeclared = sorted(set(value) - set(fields))
        assert not undeclared, f"{path}: the server sends {undeclared}, missing from {annotation.__name__}"
        missing = sorted(name for name, field in fields.items() if field.is_required() and name not in value)
        assert not missing, f"{path}: {annotation.__name__} requires {missing}, absent from the answer"
        for name, field in fields.items():
            if name in value:
                assert_same_keys(field.annotation, value[name], f"{path}.{name}")


# --- the OpenAPI schema ------------------------------------------------------------------------

_SCALAR_TYPES: dict[type, tuple[str, str | None]] = {
    bool: ("boolean", None),
    int: ("integer", None),
    str: ("string", None),
    Decimal: ("string", "decimal"),
    datetime: ("string", "date-time"),
    date: ("string", "date"),
    UUID: ("string", "uuid"),
}


def resolve(schema: dict, node: dict) -> dict:
    """A property's schema with `$ref` and the single-item `allOf` spectacular writes followed."""
    while True:
        if "$ref" in node:
            node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
        elif len(node.get("allOf", [])) == 1:
            node = {**{k: v for k, v in node.items() if k != "allOf"}, **node["allOf"][0]}
        else:
            return node


def _is_nullable(node: dict) -> bool:
    return bool(node.get("nullable")) or any(item.get("type") == "null" for item in node.get("oneOf", []))


def _split_optional(annotation: Any) -> tuple[Any, bool]:
    if get_origin(annotation) in (Union, types.UnionType):
        args = get_args(annotation)
        rest = [arg for arg in args if arg is not type(None)]
        if len(rest) == 1:
            return rest[0], len(rest) < len(args)
    return annotation, False


def assert_component_matches(schema: dict, component: str | dict, model: type[BaseModel], path: str = "") -> None:
    node = resolve(schema, {"$ref": f"#/components/schemas/{component}"} if isinstance(component, str) else component)
    where = path or (component if isinstance(component, str) else model.__name__)
    properties = node.get("properties", {})
    assert set(properties) == set(model.model_fields), (
        f"{where}: schema {sorted(properties)} vs {model.__name__} {sorted(model.model_fields)}"
    )
    required = {name for name, field in model.model_fields.items() if field.is_required()}
    assert set(node.get("required", [])) == required, (
        f"{where}: schema requires {sorted(node.get('required', []))}, {model.__name__} {sorted(required)}"
    )
    for name, field in model.model_fields.items():
        _assert_type_matches(schema, properties[name], field.annotation, f"{where}.{name}", required=name in required)


def _assert_type_matches(schema: dict, node: dict, annotation: Any, where: str, *, required: bool) -> None:
    inner, optional = _split_optional(annotation)
    if required:
        assert _is_nullable(node) == optional, f"{where}: nullable in the schema is {_is_nullable(node)}"
    node = resolve(schema, node)
    if annotation is Any or inner is Any:
        return
    origin, args = get_origin(inner), get_args(inner)
    if origin is list:
        assert node.get("type") == "array", f"{where}: {node}"
        _assert_type_matches(schema, node["items"], args[0], f"{where}[]", required=True)
    elif origin is dict:
        assert node.get("type") == "object", f"{where}: {node}"
        if args[1] is not Any and "additionalProperties" in node:
            _assert_type_matches(schema, node["additionalProperties"], args[1], f"{where}{{}}", required=True)
    elif isinstance(inner, type) and issubclass(inner, BaseModel):
        assert_component_matches(schema, node, inner, where)
    elif isinstance(inner, type) and issubclass(inner, Enum):
        assert node.get("enum") is not None, f"{where}: the schema has no enum for {inner.__name__}"
        assert sorted(node["enum"]) == sorted(member.value for member in inner), f"{where}: {node['enum']}"
    else:
        expected_type, expected_format = _SCALAR_TYPES[inner]
        assert node.get("type") == expected_type, f"{where}: {node} is not {expected_type}"
        if expected_format:
            assert node.get("format") == expected_format, f"{where}: {node} is not {expected_format}"
