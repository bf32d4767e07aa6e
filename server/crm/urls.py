from django.urls import path

from crm import apis

urlpatterns = [
    path("customers", apis.CustomersApi.as_view(), name="customers"),
    path("customers/<id:customer_id>", apis.CustomerApi.as_view(), name="customer"),
    path("customers/<id:customer_id>/contacts", apis.CustomerContactsApi.as_view(), name="customer-contacts"),
    path("contacts/<id:contact_id>", apis.ContactApi.as_view(), name="contact"),
    path("products", apis.ProductsApi.as_view(), name="products"),
    path("orders", apis.OrdersApi.as_view(), name="orders"),
    path("delivered-products", apis.DeliveredProductsApi.as_view(), name="delivered-products"),
]
