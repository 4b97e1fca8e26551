"""Errors as the spec types them (xms-error-responses, incorrect-error-response,
error-with-secrets): a status with its own error type (x-ms-error-response)
parses into that type, a discriminated error into its subclass; an error body
that is not the declared model still raises the status error; secrets never
appear in an error's text."""

from __future__ import annotations

from .conftest import Harness

SPEC = "xms-error-responses"


def test_a_declared_answer_and_an_empty_one(h: Harness) -> None:
    pet = h.client(SPEC).pet
    tommy = h.call(pet.get_pet_by_id("tommy"))
    assert tommy.name == "Tommy Tomson"
    assert h.call(pet.get_pet_by_id("django")) is None  # 202, no body
    action = h.call(pet.do_something("stay"))
    assert action.action_response is None


def test_errors_parse_into_the_type_declared_for_their_status(h: Harness) -> None:
    pet, module, models = h.client(SPEC).pet, h.module(SPEC), h.models(SPEC)
    error = h.raises(module.NotFoundError, lambda: pet.get_pet_by_id("coyoteUgly"))
    assert isinstance(error.error, models.AnimalNotFound)
    assert error.error.reason == "the type of animal requested is not available"
    error = h.raises(module.NotFoundError, lambda: pet.get_pet_by_id("weirdAlYankovic"))
    assert isinstance(error.error, models.LinkNotFound)
    assert error.error.what_sub_address == "pet/yourpet was not found"
    error = h.raises(module.BadRequestError, lambda: pet.get_pet_by_id("ringo"))
    assert error.error == "ringo is missing"  # a string, as the spec says for 400
    error = h.raises(module.InternalServerError, lambda: pet.get_pet_by_id("alien123"))
    assert error.error == 123  # an integer for 501
    error = h.raises(module.HttpResponseError, lambda: pet.get_pet_by_id("unknown"))
    assert error.status_code == 402 and error.error is None  # `default` has no schema


def test_discriminated_error_models_of_an_action(h: Harness) -> None:
    pet, module, models = h.client(SPEC, max_retries=0).pet, h.module(SPEC), h.models(SPEC)
    error = h.raises(module.InternalServerError, lambda: pet.do_something("jump"))
    assert isinstance(error.error, models.PetSadError) and error.error.reason == "need more treats"
    error = h.raises(module.NotFoundError, lambda: pet.do_something("fetch"))
    assert isinstance(error.error, models.PetHungryOrThirstyError)
    assert error.error.hungry_or_thirsty == "hungry and thirsty"
    error = h.raises(module.InternalServerError, pet.has_models_param)  # sends its client default
    assert isinstance(error.error, models.PetSadError)


def test_an_error_body_that_is_not_the_model_still_raises_the_status(h: Harness) -> None:
    module = h.module("incorrect-error-response")
    client = h.client("incorrect-error-response")
    error = h.raises(module.HttpResponseError, client.incorrect_error.get_incorrect_error_from_server)
    assert error.status_code == 444 and error.error is None


def test_secrets_stay_out_of_errors(h: Harness) -> None:
    key = "1c88a67921784300a462b2cb61da2339"  # the key the server expects
    secrets = h.client("error-with-secrets", api_key=f"SharedKey {key}").secrets
    module = h.module("error-with-secrets")
    error = h.raises(module.HttpResponseError, secrets.get_error_with_secrets)
    assert key not in str(error) and key not in repr(error)


def test_extra_query_and_body_fields_the_spec_does_not_declare(h: Harness) -> None:
    key = "1c88a67921784300a462b2cb61da2339"
    secrets = h.client("error-with-secrets", api_key=f"SharedKey {key}").secrets
    created = h.call(secrets.create_secret(request_options={"query": {"key": key}, "extra_body": {"key": key}}))
    assert created.key == key and created.value == "secret"
