"""Form bodies (body-formdata, body-formdata-urlencoded): multipart uploads
with a file and fields, a file sent as the body, URL-encoded fields with
enums, integers and optional ones left out; a required field that allows
one value is no argument: the method sends it."""

from __future__ import annotations

import inspect

from .conftest import Harness


def test_a_multipart_upload_and_a_file_as_the_body(h: Harness) -> None:
    formdata = h.client("body-formdata").formdata
    # (the server echoes the file it was sent)
    sent = b"Test file content\x00\xff"
    echoed = h.call(formdata.upload_file(file_content=sent, file_name="UploadFile.txt"))
    assert echoed == sent
    assert h.call(formdata.upload_file_via_body(file_content=b"Test file")) == b"Test file"


def test_url_encoded_fields_of_every_kind(h: Harness) -> None:
    forms, models = (
        h.client("body-formdata-urlencoded").formdataurlencoded,
        h.models("body-formdata-urlencoded"),
    )
    # The optional `status` is left out of the body, not sent empty.
    h.call(
        forms.update_pet_with_form(
            1,
            pet_type=models.PetType.DOG,
            pet_food=models.PetFood.MEAT,
            pet_age=42,
            name="Fido",
        )
    )


def test_a_form_field_that_allows_one_value_is_sent_by_the_method(h: Harness) -> None:
    forms = h.client("body-formdata-urlencoded").formdataurlencoded
    assert "grant_type" not in inspect.signature(forms.partial_constant_body).parameters
    h.call(forms.partial_constant_body(service="bar", aad_access_token="foo"))
