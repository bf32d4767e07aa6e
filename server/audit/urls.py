from django.urls import path

from audit import apis

urlpatterns = [
    path("audit-events", apis.AuditEventCollectionApi.as_view(), name="audit-events"),
    path("audit-events/export", apis.AuditEventExportApi.as_view(), name="audit-events-export"),
]
