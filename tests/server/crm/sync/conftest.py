"""The sync tests read a real CRM: a TLS-only PostgreSQL with the demo CRM in it (tests/crm_source.py)."""

from tests.crm_source import crm_source, crm_source_to_change  # noqa: F401 (fixtures)
