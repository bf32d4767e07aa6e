"""Administration: users, roles, customers and contacts, categories, agents.

Each section has the same shape: `operations.py` (async calls to the API, parsed with
shared_schemas, no widgets), `table_model.py`, `page.py` (the section's screen) and its dialogs."""
