from django.urls import path

from notifications.apis import (
    NotificationCollectionApi,
    NotificationPreferencesApi,
    NotificationReadAllApi,
    NotificationReadApi,
    NotificationUnreadCountApi,
)

urlpatterns = [
    path("notifications", NotificationCollectionApi.as_view(), name="notifications"),
    path("notifications/unread-count", NotificationUnreadCountApi.as_view(), name="notifications-unread-count"),
    path("notifications/read-all", NotificationReadAllApi.as_view(), name="notifications-read-all"),
    path("notifications/<id:notification_id>/read", NotificationReadApi.as_view(), name="notification-read"),
    path("notification-preferences", NotificationPreferencesApi.as_view(), name="notification-preferences"),
]
