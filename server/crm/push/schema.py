"""The push API's request bodies in the OpenAPI schema, from the row contract itself
(`shared_schemas.crm_sync`): pydantic writes JSON Schema 2020-12, the API's schema is OpenAPI 3.0, so
references are inlined and `anyOf [X, null]` becomes X `nullable`."""

from typing import Any

from shared_schemas.crm_sync import MAX_BATCH_ROWS, CrmRow

_DROPPED = ("title",)


def row_schema(row: type[CrmRow]) -> dict[str, Any]:
    document = row.model_json_schema(mode="validation")
    definitions = document.pop("$defs", {})
    return _openapi(document, definitions)


def batch_schema(row: type[CrmRow]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"rows": {"type": "array", "items": row_schema(row), "minItems": 1, "maxItems": MAX_BATCH_ROWS}},
        "required": ["rows"],
        "additionalProperties": False,
    }


def _openapi(node: Any, definitions: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_openapi(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = definitions[node["$ref"].rsplit("/", 1)[-1]]
        node = {**target, **{key: value for key, value in node.items() if key != "$ref"}}
    variants = node.get("anyOf")
    if variants and {"type": "null"} in variants:
        rest = [variant for variant in variants if variant != {"type": "null"}]
        base = rest[0] if len(rest) == 1 else {"anyOf": rest}
        node = {**{key: value for key, value in node.items() if key != "anyOf"}, **base, "nullable": True}
    return {key: _openapi(value, definitions) for key, value in node.items() if key not in _DROPPED}
