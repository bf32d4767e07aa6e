"""The push API: the CRM sends its records (`POST/PUT/DELETE /api/v1/crm/push/<entity>…`) with an API
key of a service account holding `crm.sync`. Each call is one sync run written by the same writer as
the pull connector (`crm.sync.writer`)."""
