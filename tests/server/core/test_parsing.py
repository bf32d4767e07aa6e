"""core.parsing: the one strict reading of bodies and query strings, and the one UNSET."""

import inspect

import pytest
from django.http import QueryDict
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from accounts.services.users import user_update
from core.errors import ValidationFailed
from core.parsers import StrictJSONParser
from core.parsing import (
    UNSET,
    StrictQuerySerializer,
    StrictSerializer,
    Unset,
    ensure_empty_body,
    parse,
    refuse_query_parameters,
)
from tickets.services.tickets import ticket_edit


class ContactChange(StrictSerializer):
    immutable_fields = ("customer",)

    first_name = serializers.CharField(max_length=100)
    last_name = serializers.CharField(max_length=100, required=False)
    id = serializers.IntegerField(read_only=True)


class ContactQuery(StrictQuerySerializer):
    q = serializers.CharField(required=False, max_length=100)
    is_active = serializers.BooleanField(required=False)
    page_size = serializers.IntegerField(required=False, min_value=1)


def refusal(read, *args, **kwargs) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught:
        read(*args, **kwargs)
    return caught.value


def codes(error: ValidationFailed) -> dict[str, str]:
    return {key: items[0]["code"] for key, items in error.errors.items()}


def request_with(body) -> Request:
    return Request(APIRequestFactory().post("/", body, format="json"), parsers=[StrictJSONParser()])


# --- bodies ------------------------------------------------------------------------------------


def test_a_body_key_the_serializer_does_not_declare_is_an_unknown_field():
    error = refusal(parse, ContactChange, {"first_name": "Alice", "role": "administrator"})

    assert (error.code, codes(error)) == ("unknown_field", {"role": "unknown_field"})
    assert error.errors["role"][0]["message"] == "This field is not accepted."


def test_a_read_only_field_sent_in_a_body_is_an_unknown_field():
    error = refusal(parse, ContactChange, {"first_name": "Alice", "id": 7})

    assert (error.code, codes(error)) == ("unknown_field", {"id": "unknown_field"})


def test_an_immutable_field_is_refused_as_immutable():
    error = refusal(parse, ContactChange, {"customer": 2}, partial=True)

    assert (error.code, codes(error)) == ("immutable", {"customer": "immutable"})
    assert error.errors["customer"][0]["message"] == "This field cannot be changed."


def test_an_unknown_key_beside_an_immutable_one_names_the_problem_and_each_key_keeps_its_code():
    error = refusal(parse, ContactChange, {"customer": 2, "role": "administrator"}, partial=True)

    assert (error.code, codes(error)) == ("unknown_field", {"customer": "immutable", "role": "unknown_field"})


def test_a_partial_body_gives_only_the_fields_sent_and_a_full_one_needs_every_required_field():
    assert parse(ContactChange, {"last_name": "Martin"}, partial=True) == {"last_name": "Martin"}
    with pytest.raises(serializers.ValidationError) as caught:
        parse(ContactChange, {"last_name": "Martin"})
    assert caught.value.detail["first_name"][0].code == "required"


def test_only_a_strict_serializer_reads_input():
    class Loose(serializers.Serializer):
        name = serializers.CharField()

    with pytest.raises(TypeError):
        parse(Loose, {"name": "Alice", "role": "administrator"})


# --- query strings -----------------------------------------------------------------------------


def test_a_query_key_the_serializer_does_not_declare_is_an_unknown_parameter():
    error = refusal(parse, ContactQuery, QueryDict("q=martin&assignee__password=x"))

    assert (error.code, codes(error)) == ("unknown_parameter", {"assignee__password": "unknown_parameter"})
    assert error.errors["assignee__password"][0]["message"] == "This parameter is not accepted."


def test_an_unknown_parameter_is_refused_even_when_empty():
    assert refusal(parse, ContactQuery, QueryDict("ordering=")).code == "unknown_parameter"


def test_a_parameter_given_twice_is_refused():
    error = refusal(parse, ContactQuery, QueryDict("q=martin&q=durand"))

    assert (error.code, codes(error)) == ("repeated_parameter", {"q": "repeated_parameter"})


def test_an_empty_value_means_not_given():
    assert parse(ContactQuery, QueryDict("q=&page_size=&is_active=")) == {}


def test_a_boolean_left_out_of_a_query_string_stays_out():
    assert parse(ContactQuery, QueryDict("q=martin")) == {"q": "martin"}
    assert parse(ContactQuery, QueryDict("is_active=false")) == {"is_active": False}


def test_a_bad_value_is_an_error_of_its_parameter():
    with pytest.raises(serializers.ValidationError) as caught:
        parse(ContactQuery, QueryDict("page_size=0"))
    assert caught.value.detail["page_size"][0].code == "min_value"


def test_a_read_without_parameters_refuses_any_and_a_list_of_allowed_ones_lets_them_through():
    error = refusal(refuse_query_parameters, QueryDict("expand=1"))

    assert (error.code, codes(error)) == ("unknown_parameter", {"expand": "unknown_parameter"})
    refuse_query_parameters(QueryDict("cursor=abc"), allowed=["cursor"])
    refuse_query_parameters(QueryDict(""))


# --- actions without a body --------------------------------------------------------------------


def test_an_action_refuses_each_key_of_a_body():
    error = refusal(ensure_empty_body, request_with({"status": "closed"}))

    assert (error.code, codes(error)) == ("unknown_field", {"status": "unknown_field"})
    assert error.errors["status"][0]["message"] == "This field is not accepted."


def test_an_action_refuses_a_body_that_is_not_an_object():
    assert codes(refusal(ensure_empty_body, request_with(["closed"]))) == {"non_field_errors": "unknown_field"}


@pytest.mark.parametrize("body", [None, {}])
def test_an_action_takes_no_body_or_an_empty_object(body):
    ensure_empty_body(request_with(body))


# --- UNSET -------------------------------------------------------------------------------------


def test_unset_is_falsy_and_says_what_it_is():
    assert not UNSET
    assert repr(UNSET) == "UNSET"
    assert isinstance(UNSET, Unset)


def test_every_app_leaves_what_was_not_given_with_the_same_unset():
    assert inspect.signature(user_update).parameters["full_name"].default is UNSET
    assert inspect.signature(ticket_edit).parameters["priority"].default is UNSET
