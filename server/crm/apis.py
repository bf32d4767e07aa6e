"""CRM endpoints. One class per URL, one method per operation, each reading:
access (permission, then the selector that hides what this user may not see) → parse (strict
input serializer) → one service call → output serializer.

Access comes before parsing so that a user who may not act learns nothing from validation."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.access import require_permission
from core.pagination import Page
from core.parsing import parse
from core.schema import problem_responses
from crm import selectors, services
from crm.serializers import (
    ContactCreateIn,
    ContactOut,
    ContactPageOut,
    ContactUpdateIn,
    CustomerCreateIn,
    CustomerListQuery,
    CustomerOut,
    CustomerPageOut,
    CustomerUpdateIn,
    DeliveredProductListQuery,
    DeliveredProductOut,
    DeliveredProductPageOut,
    OrderListQuery,
    OrderOut,
    OrderPageOut,
    PageQuery,
    ProductListQuery,
    ProductOut,
    ProductPageOut,
)
from shared_schemas.enums import Permission

TAGS = ["crm"]
CUSTOMER_ID = OpenApiParameter("customer_id", int, OpenApiParameter.PATH)
CONTACT_ID = OpenApiParameter("contact_id", int, OpenApiParameter.PATH)


def page_response(page: Page, item_serializer) -> Response:
    return Response(
        {"results": item_serializer(page.items, many=True).data, "next_cursor": page.next_cursor}
    )


class CustomersApi(APIView):
    @extend_schema(
        operation_id="customers_list",
        summary="Customers, by name (staff with customers.view)",
        tags=TAGS,
        parameters=[CustomerListQuery],
        responses={200: CustomerPageOut, **problem_responses(400, 401, 403)},
    )
    def get(self, request: Request) -> Response:
        require_permission(request.user, Permission.CUSTOMERS_VIEW)
        params = parse(CustomerListQuery, request.query_params)
        page = selectors.customer_page(
            q=params.get("q"), external_id=params.get("external_id"), is_active=params.get("is_active"),
            cursor=params.get("cursor"), size=selectors.page_size(params),
        )
        return page_response(page, CustomerOut)

    @extend_schema(
        operation_id="customers_create",
        summary="Create a customer (customers.manage)",
        tags=TAGS,
        request=CustomerCreateIn,
        responses={201: CustomerOut, **problem_responses(400, 401, 403, 409)},
    )
    def post(self, request: Request) -> Response:
        require_permission(request.user, Permission.CUSTOMERS_MANAGE)
        data = parse(CustomerCreateIn, request.data)
        customer = services.customer_create(actor=request.user, **data)
        return Response(CustomerOut(customer).data, status=status.HTTP_201_CREATED)


class CustomerApi(APIView):
    @extend_schema(
        operation_id="customers_retrieve",
        summary="One customer (staff with customers.view, or a client user for their own)",
        tags=TAGS,
        parameters=[CUSTOMER_ID],
        responses={200: CustomerOut, **problem_responses(401, 403, 404)},
    )
    def get(self, request: Request, customer_id: int) -> Response:
        customer = selectors.customer_get_for(request.user, customer_id)
        return Response(CustomerOut(customer).data)

    @extend_schema(
        operation_id="customers_update",
        summary="Change a customer (customers.manage); external_id cannot change, nor the CRM's fields "
        "of a customer synchronised from the CRM (409 crm_owned_field): only sav_notes",
        tags=TAGS,
        parameters=[CUSTOMER_ID],
        request=CustomerUpdateIn,
        responses={200: CustomerOut, **problem_responses(400, 401, 403, 404, 409)},
    )
    def patch(self, request: Request, customer_id: int) -> Response:
        require_permission(request.user, Permission.CUSTOMERS_MANAGE)
        selectors.customer_get_for(request.user, customer_id)
        changes = parse(CustomerUpdateIn, request.data, partial=True)
        customer = services.customer_update(actor=request.user, customer_id=customer_id, **changes)
        return Response(CustomerOut(customer).data)


class CustomerContactsApi(APIView):
    @extend_schema(
        operation_id="customer_contacts_list",
        summary="A customer's contacts, by last name (staff with customers.view)",
        tags=TAGS,
        parameters=[CUSTOMER_ID, PageQuery],
        responses={200: ContactPageOut, **problem_responses(400, 401, 403, 404)},
    )
    def get(self, request: Request, customer_id: int) -> Response:
        require_permission(request.user, Permission.CUSTOMERS_VIEW)
        customer = selectors.customer_get_for(request.user, customer_id)
        params = parse(PageQuery, request.query_params)
        page = selectors.contact_page(
            customer=customer, cursor=params.get("cursor"), size=selectors.page_size(params)
        )
        return page_response(page, ContactOut)

    @extend_schema(
        operation_id="customer_contacts_create",
        summary="Add a contact to a customer (customers.manage)",
        tags=TAGS,
        parameters=[CUSTOMER_ID],
        request=ContactCreateIn,
        responses={201: ContactOut, **problem_responses(400, 401, 403, 404, 409)},
    )
    def post(self, request: Request, customer_id: int) -> Response:
        require_permission(request.user, Permission.CUSTOMERS_MANAGE)
        customer = selectors.customer_get_for(request.user, customer_id)
        data = parse(ContactCreateIn, request.data)
        contact = services.contact_create(actor=request.user, customer=customer, **data)
        return Response(
            ContactOut(selectors.contact_get(contact.pk)).data, status=status.HTTP_201_CREATED
        )


class ContactApi(APIView):
    @extend_schema(
        operation_id="contacts_update",
        summary="Change a contact (customers.manage); a contact synchronised from the CRM is read-only "
        "(409 crm_owned_field)",
        tags=TAGS,
        parameters=[CONTACT_ID],
        request=ContactUpdateIn,
        responses={200: ContactOut, **problem_responses(400, 401, 403, 404, 409)},
    )
    def patch(self, request: Request, contact_id: int) -> Response:
        require_permission(request.user, Permission.CUSTOMERS_MANAGE)
        selectors.contact_get(contact_id)
        changes = parse(ContactUpdateIn, request.data, partial=True)
        contact = services.contact_update(actor=request.user, contact_id=contact_id, **changes)
        return Response(ContactOut(selectors.contact_get(contact.pk)).data)

    @extend_schema(
        operation_id="contacts_delete",
        summary="Delete a contact without a client login (customers.manage)",
        tags=TAGS,
        parameters=[CONTACT_ID],
        request=None,
        responses={204: None, **problem_responses(401, 403, 404, 409)},
    )
    def delete(self, request: Request, contact_id: int) -> Response:
        require_permission(request.user, Permission.CUSTOMERS_MANAGE)
        services.contact_delete(actor=request.user, contact_id=contact_id)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ProductsApi(APIView):
    @extend_schema(
        operation_id="products_list",
        summary="Origyne's products, by name (any signed-in user)",
        tags=TAGS,
        parameters=[ProductListQuery],
        responses={200: ProductPageOut, **problem_responses(400, 401)},
    )
    def get(self, request: Request) -> Response:
        params = parse(ProductListQuery, request.query_params)
        page = selectors.product_page(
            q=params.get("q"), cursor=params.get("cursor"), size=selectors.page_size(params)
        )
        return page_response(page, ProductOut)


class OrdersApi(APIView):
    @extend_schema(
        operation_id="orders_list",
        summary="Orders, newest first: a client user's own customer's, or any for staff",
        tags=TAGS,
        parameters=[OrderListQuery],
        responses={200: OrderPageOut, **problem_responses(400, 401, 403, 404)},
    )
    def get(self, request: Request) -> Response:
        params = parse(OrderListQuery, request.query_params)
        customer_id = selectors.customer_scope_for(request.user, params.get("customer"))
        page = selectors.order_page(
            customer_id=customer_id, q=params.get("q"), external_id=params.get("external_id"),
            is_active=params.get("is_active"), cursor=params.get("cursor"), size=selectors.page_size(params),
        )
        return page_response(page, OrderOut)


class DeliveredProductsApi(APIView):
    @extend_schema(
        operation_id="delivered_products_list",
        summary="Delivered products, newest first: a client user's own customer's, or any for staff",
        tags=TAGS,
        parameters=[DeliveredProductListQuery],
        responses={200: DeliveredProductPageOut, **problem_responses(400, 401, 403, 404)},
    )
    def get(self, request: Request) -> Response:
        params = parse(DeliveredProductListQuery, request.query_params)
        customer_id = selectors.customer_scope_for(request.user, params.get("customer"))
        page = selectors.delivered_product_page(
            customer_id=customer_id, order_id=params.get("order"), q=params.get("q"),
            serial_number=params.get("serial_number"), is_active=params.get("is_active"),
            cursor=params.get("cursor"), size=selectors.page_size(params),
        )
        return page_response(page, DeliveredProductOut)
