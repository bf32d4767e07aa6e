from django.urls import path

from crm import apis
from crm.push.apis import push_urlpatterns
from crm.sync_admin import apis as sync_admin

urlpatterns = [
    path("customers", apis.CustomersApi.as_view(), name="customers"),
    path("customers/<id:customer_id>", apis.CustomerApi.as_view(), name="customer"),
    path("customers/<id:customer_id>/contacts", apis.CustomerContactsApi.as_view(), name="customer-contacts"),
    path("contacts/<id:contact_id>", apis.ContactApi.as_view(), name="contact"),
    path("products", apis.ProductsApi.as_view(), name="products"),
    path("orders", apis.OrdersApi.as_view(), name="orders"),
    path("delivered-products", apis.DeliveredProductsApi.as_view(), name="delivered-products"),
    path("crm/status", sync_admin.CrmStatusApi.as_view(), name="crm-status"),
    path("crm/sync-runs", sync_admin.SyncRunsApi.as_view(), name="crm-sync-runs"),
    path("crm/sync-runs/<id:run_id>", sync_admin.SyncRunApi.as_view(), name="crm-sync-run"),
    path("crm/api-keys", sync_admin.ApiKeysApi.as_view(), name="crm-api-keys"),
    path("crm/api-keys/<id:api_key_id>/revoke", sync_admin.ApiKeyRevokeApi.as_view(), name="crm-api-key-revoke"),
    *push_urlpatterns(),
]
