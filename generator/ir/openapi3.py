"""The OpenAPI 3.0/3.1 front end: the syntax of an OpenAPI 3 document read
into what the shared layers (schemas, parameters, bodies, operation kinds)
take, so that a document and its Swagger 2.0 conversion give the same IR.

Only the syntax differs between the two formats, and only here:

- `servers` (with variables) become the client's host template and client
  parameters, as `x-ms-parameterized-host` does;
- `components` hold what Swagger keeps in `definitions`, `parameters`,
  `responses` and `securityDefinitions`; `$ref`s keep pointing into the
  document itself, so every diagnostic has its real location;
- a parameter's `schema`, `style`/`explode` and `allowReserved` become the
  fields Swagger puts on the parameter (`type`, `collectionFormat`,
  `x-ms-skip-url-encoding`); a `requestBody` becomes the body (or the form
  fields) and its media types the operation's `consumes`; a response's
  `content` its `schema`, its own `produces` (each answer is read as its own
  media types say: text beside JSON) and the operation's;
- `nullable` (3.0) and `type: [..., "null"]` (3.1) mean what `x-nullable`
  does; a `discriminator` object names its property;
- securitySchemes: apiKey (in a header, the query or a cookie), oauth2 and
  openIdConnect (token credentials), http basic (a user name and password)
  and http bearer (a bearer token, which every client takes anyway); other
  http schemes (digest, ...) are warned about;
- cookie parameters are parameters like the others, spelled as `form` style
  spells a query's (the runtime joins them into one `Cookie` header).

- `example`/`examples` of parameters, request bodies and responses become
  the operation's examples, as x-ms-examples files would give them
  (`openapi3_examples.py`); x-ms-examples, where present, come first.

Response ranges: `2XX` stands for 200-203, `4XX`/`5XX` for the error
model of every status not listed. Not yet: `links`/`callbacks`/`webhooks`
(warned about and left out).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from ..load import Location, pointer_token
from .build import SwaggerBuilder, _uses_ms_extensions
from .json_schema import choices_of, format_of, json_type
from .model import media_kind
from .openapi3_examples import operation_examples
from .parameters import (
    EXAMPLES,
    NAMED_SCHEMA,
    OBJECT_STYLE,
    OTHER_MEDIA,
    PART_TYPE,
    SERVERS,
)
from .schemas import HTTP_METHODS
from .shape_openapi3 import OpenApi3ShapeChecker
from .typed_values import NO_VALUE, typed_value

Deref = Callable[[Any, str], Any]  # (value, JSON pointer of where it is)
Warn = Callable[[str, str], None]  # (message, JSON pointer)

# style (explode) -> Swagger's collectionFormat
_COLLECTION_FORMATS = {
    ("form", True): "multi",
    ("form", False): "csv",
    ("simple", False): "csv",
    ("simple", True): "csv",
    ("spaceDelimited", False): "ssv",
    ("pipeDelimited", False): "pipes",
}
_FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")
# The styles an Encoding Object may give a form field (as a query's)
_FORM_STYLES = ("form", "spaceDelimited", "pipeDelimited", "deepObject")


def is_form(media: str | None, media_types: list[str]) -> bool:
    """Whether a request body (of `media_types`, `media` the one read) is
    a form, read as formData parameters: its only media type is one."""
    return (
        media is not None
        and media.lower().split(";")[0] in _FORMS
        and media_types == [media]
    )


def is_openapi3(document: Any) -> bool:
    return isinstance(document, dict) and str(document.get("openapi", "")).startswith(
        ("3.0", "3.1")
    )


def parameter_view(parameter: Any, deref: Deref, at: str = "") -> Any:
    """A parameter as Swagger spells it: the schema's fields on the parameter;
    an object's `style` (or a JSON `content`) noted for the layers to read."""
    if (
        isinstance(parameter, dict)
        and "schema" not in parameter
        and isinstance(parameter.get("content"), dict)
        and parameter["content"]
    ):
        # A parameter given as `content`: its (only) media type's schema, sent
        # as JSON text when the media type is JSON.
        media, found = next(iter(parameter["content"].items()))
        schema = found.get("schema") if isinstance(found, dict) else None
        parameter = {
            **{k: v for k, v in parameter.items() if k != "content"},
            "schema": schema if schema is not None else {},
            **({OBJECT_STYLE: "json"} if media_kind(str(media)) == "json" else {}),
        }
    if (
        not isinstance(parameter, dict)
        or "schema" not in parameter
        or parameter.get("in") in ("body", "formData")  # made by operation_view
    ):
        return parameter
    view = {
        k: v for k, v in parameter.items() if k not in ("schema", "style", "explode")
    }
    schema = deref(parameter["schema"], f"{at}/schema")
    if isinstance(schema, dict):
        for key, value in schema.items():
            view.setdefault(key, value)
        if isinstance(parameter["schema"], dict) and "$ref" in parameter["schema"]:
            # A named enum keeps its name (x-ms-enum gives the one to reuse).
            view.setdefault(
                "x-ms-enum", {"name": parameter["schema"]["$ref"].rsplit("/", 1)[-1]}
            )
            if _holds_object(schema, deref, f"{at}/schema"):
                # ... and so does a named object: the parameter is typed by
                # it, not by a copy of it named after the parameter.
                view[NAMED_SCHEMA] = parameter["schema"]
    location = parameter.get("in")
    style = parameter.get(
        "style", "form" if location in ("query", "cookie") else "simple"
    )
    explode = parameter.get("explode", style == "form")
    if location == "path" and style in ("label", "matrix"):
        # (`.5`, `;id=5`: the runtime spells the value, its items too)
        view[OBJECT_STYLE] = style + ("*" if explode is True else "")
    elif (
        style == "deepObject"
        and location in ("query", "cookie")
        and view.get("type") == "array"
        and view.get(OBJECT_STYLE) != "json"
    ):
        # (undefined by OpenAPI for an array; `name[]=a`, as bracket
        # conventions and Stripe, who writes it so, spell one)
        view[OBJECT_STYLE] = "deepObject"
    elif view.get("type") == "array" and view.get(OBJECT_STYLE) != "json":
        # (an array in JSON text is one value: no collection format splits it)
        view["collectionFormat"] = _COLLECTION_FORMATS.get(
            (style, bool(explode)), "csv"
        )
    elif OBJECT_STYLE in view or not _holds_object(schema, deref, f"{at}/schema"):
        pass
    elif location in ("query", "cookie"):
        view[OBJECT_STYLE] = (
            "deepObject"
            if style == "deepObject"
            else "form" if style == "form" and explode else "form-flat"
        )
    elif location in ("path", "header"):
        # (`R,1,G,2`, exploded `R=1,G=2`: the runtime spells it)
        view[OBJECT_STYLE] = "simple" + ("*" if explode is True else "")
    if parameter.get("allowReserved") is True:
        view["x-ms-skip-url-encoding"] = True
    return view


def _is_object(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        json_type(schema) == "object" or "properties" in schema
    )


def _holds_object(schema: Any, deref: Deref, at: str) -> bool:
    """Whether a parameter's value may be an object: the schema is one, or
    one of its `oneOf`/`anyOf` members is (here.com's `floor`: an object or
    the text "null"), whose fields then go as its style spells them."""
    if _is_object(schema):
        return True
    key, members = choices_of(schema) if isinstance(schema, dict) else ("", [])
    return any(
        _is_object(deref(member, f"{at}/{key}/{index}"))
        for index, member in enumerate(members)
    )


def response_view(response: Any) -> Any:
    """A response as Swagger spells it: one schema (JSON first), headers with
    their schema's fields."""
    if not isinstance(response, dict) or not (
        "content" in response or "headers" in response
    ):
        return response
    view = {
        k: v for k, v in response.items() if k not in ("content", "headers", "links")
    }
    content = response.get("content") or {}
    media = preferred_media(list(content))
    if isinstance(content, dict) and content:
        # (each answer its own media types: the operation's are all of them,
        # and a text answer beside a JSON one is read as text)
        view["produces"] = [str(m) for m in content]
    if media is not None:
        schema = media_schema(media, content[media])
        if schema is not None:
            view["schema"] = schema
        view[OTHER_MEDIA] = [
            str(m)
            for m in content
            if m != media and media_schema(m, content[m]) != schema
        ]
    headers = response.get("headers") or {}
    if isinstance(headers, dict):
        view["headers"] = {
            name: {
                **(h.get("schema") or {}),
                **{k: v for k, v in h.items() if k != "schema"},
            }
            for name, h in headers.items()
            if isinstance(h, dict)
        }
    return view


def media_schema(media: str, media_object: Any) -> Any:
    """The schema of a Media Type Object. Where it gives none, the content is
    there all the same, of any shape (OpenAPI 3.1 leaves the schema out of a
    binary one: `image/png: {}`): any JSON value, a text, else the bytes as
    they come (XML among them: no schema says how to read it)."""
    if not isinstance(media_object, dict):
        return None
    if "schema" in media_object:
        return media_object["schema"]
    kind = media_kind(str(media))
    if kind == "json":
        return {}
    if kind == "text":
        return {"type": "string"}
    return {"type": "string", "format": "binary"}


def preferred_media(media_types: list[str]) -> str | None:
    for media in media_types:
        if media_kind(media) == "json":
            return media
    return media_types[0] if media_types else None


def operation_view(
    operation: dict[str, Any], deref: Deref, warn: Warn, at: str
) -> dict[str, Any]:
    """An operation as Swagger spells it: parameters with their schema's
    fields, the request body as a body parameter or form fields, `consumes`
    and `produces` from the media types."""
    view = {
        k: v
        for k, v in operation.items()
        if k not in ("requestBody", "callbacks", "servers")
    }
    if "callbacks" in operation:
        warn("callbacks are not supported yet; left out", f"{at}/callbacks")
    parameters = list(operation.get("parameters") or [])
    body = (
        deref(operation["requestBody"], f"{at}/requestBody")
        if "requestBody" in operation
        else None
    )
    if isinstance(body, dict):
        content = body.get("content") or {}
        media_types = [m for m in content if isinstance(m, str)]
        view["consumes"] = media_types or ["application/json"]
        media = preferred_media(media_types)
        schema = media_schema(media, content.get(media)) if media else None
        if is_form(media, media_types):
            parameters += _form_fields(
                schema,
                deref,
                f"{at}/requestBody/content",
                str(media),
                (content.get(media) or {}).get("encoding"),
            )
        elif schema is not None:
            parameters.append(
                {
                    "name": body_name(operation, body),
                    "in": "body",
                    "required": bool(body.get("required")),
                    "description": body.get("description", ""),
                    "schema": schema,
                    **{
                        k: v
                        for k, v in body.items()
                        if k.startswith("x-ms-") and k != "x-ms-client-name"
                    },
                }
            )
    view["parameters"] = parameters
    view["responses"] = _without_ranges(operation.get("responses") or {}, at)
    produces: list[str] = []
    for status, response in (operation.get("responses") or {}).items():
        resolved = deref(response, f"{at}/responses/{status}")
        for media in (
            (resolved.get("content") or {}) if isinstance(resolved, dict) else ()
        ):
            if media not in produces:
                produces.append(media)
    if produces:
        view["produces"] = produces
    return view


def body_name(operation: dict[str, Any], body: dict[str, Any]) -> str:
    """The name Swagger gives a body parameter (examples name it too)."""
    return str(
        operation.get("x-ms-requestBody-name")
        or operation.get("x-codegen-request-body-name")  # converters'
        or body.get("x-ms-client-name")
        or "body"
    )


def _without_ranges(responses: dict[str, Any], at: str) -> dict[str, Any]:
    """Response ranges as the statuses a client can expect: `2XX` as 200,
    201, 202 and 203 (unless listed on their own); `4XX`/`5XX` as the
    `default` (the error of every status not listed) when there is none."""
    result = {k: v for k, v in responses.items() if not _is_range(k)}
    for key in responses:
        if not _is_range(key):
            continue
        # The range's own place, so that its schema is read once (one model).
        same = {"$ref": f"#{at}/responses/{key}"}
        if str(key)[0] == "2":
            for status in ("200", "201", "202", "203"):
                result.setdefault(status, same)
        elif str(key)[0] in "45":
            result.setdefault("default", same)
    return result


def _is_range(key: Any) -> bool:
    text = str(key).upper()
    return len(text) == 3 and text[0] in "12345" and text[1:] == "XX"


def _form_fields(
    schema: Any, deref: Deref, at: str, media: str, encoding: Any
) -> list[dict[str, Any]]:
    """The properties of a form body's object schema, as formData parameters:
    a binary one a file, an array of binary ones files; an array repeats its
    field once per item, as OpenAPI 3's forms spell arrays. A property whose
    Encoding Object says how to spell it (`style`, `explode`) is spelled so:
    an array joined (`explode: false`, `spaceDelimited`, `pipeDelimited`),
    an object's fields as fields of their own (`form`) or bracketed
    (`deepObject`, arrays too, as Stripe's forms are); without one, an
    object is its JSON text (its default content type). A multipart part is
    sent as the media type its Encoding Object's `contentType` gives."""
    properties, required = _form_properties(schema, deref, at, set())
    multipart = media.lower().split(";")[0].strip() == "multipart/form-data"
    fields = []
    for name, property_schema in properties.items():
        field = deref(property_schema, at)
        field = dict(field) if isinstance(field, dict) else {}
        spelled = encoding.get(name) if isinstance(encoding, dict) else None
        style = _encoding_style(spelled if isinstance(spelled, dict) else {})
        items = deref(field.get("items"), at) if json_type(field) == "array" else None
        if _is_binary(field):
            field = {**field, "type": "file"}
        elif isinstance(items, dict) and _is_binary(items):
            field = {**field, "items": {"type": "file"}}  # (files: no style)
        elif style and style[0] == "deepObject":
            field[OBJECT_STYLE] = "deepObject"
        elif json_type(field) == "array":
            field["collectionFormat"] = _form_array_format(style)
        elif style and _holds_object(field, deref, at):
            field[OBJECT_STYLE] = "form" if style == ("form", True) else "form-flat"
        if field.get("type") != "file" and (
            (isinstance(property_schema, dict) and "$ref" in property_schema)
            or _holds_object(field, deref, at)
        ):
            # A named schema types the field by its name, not by a copy named
            # after the field (`address: Address` was `Address_`); an inline
            # object keeps its own `required` (the field's would replace it).
            field[NAMED_SCHEMA] = property_schema
        part_type = _part_type(spelled) if multipart else ""
        if part_type:
            field[PART_TYPE] = part_type
        fields.append(
            {**field, "name": name, "in": "formData", "required": name in required}
        )
    return fields


def _form_properties(
    schema: Any, deref: Deref, at: str, seen: set[int]
) -> tuple[dict[str, Any], set[str]]:
    """The properties of a form's object schema and the names it requires,
    those of its `allOf` parts first (PeerTube's upload is a video's fields
    and its file: they were all left out but the file)."""
    resolved = deref(schema, at)
    if not isinstance(resolved, dict) or id(resolved) in seen:
        return {}, set()
    seen.add(id(resolved))
    properties: dict[str, Any] = {}
    required: set[str] = set()
    parts = resolved.get("allOf")
    for index, part in enumerate(parts if isinstance(parts, list) else []):
        more, needed = _form_properties(part, deref, f"{at}/allOf/{index}", seen)
        properties.update(more)
        required |= needed
    own = resolved.get("properties")
    properties.update(own if isinstance(own, dict) else {})
    names = resolved.get("required")
    required |= {str(n) for n in names} if isinstance(names, list) else set()
    return properties, required


def _is_binary(schema: dict[str, Any]) -> bool:
    """A file: Swagger's `type: file`, or a string (typed or not) whose format
    (or 3.1 content keywords) says binary."""
    kind = schema.get("type", "string")
    return kind == "file" or (kind == "string" and format_of(schema, kind) == "binary")


def _form_array_format(style: tuple[str, bool] | None) -> str:
    """The collectionFormat of an array in a form (style `form` and
    `explode: true` unless its Encoding Object says otherwise)."""
    name, explode = style or ("form", True)
    if name == "spaceDelimited":
        return "ssv"
    if name == "pipeDelimited":
        return "pipes"
    return "multi" if explode else "csv"


def _part_type(encoding: Any) -> str:
    """The media type a multipart part is sent as: the first its Encoding
    Object's `contentType` names that is not a range (`image/*` says what a
    server takes, not what a part is)."""
    given = encoding.get("contentType") if isinstance(encoding, dict) else None
    for media in str(given or "").split(","):
        media = media.strip()
        if "/" in media and "*" not in media:
            return media
    return ""


def _encoding_style(encoding: dict[str, Any]) -> tuple[str, bool] | None:
    """(style, explode) of a form field whose Encoding Object spells it; None
    where it says neither (its `contentType` then says how: JSON for an
    object, OpenAPI 3.0.4 and 3.1.1 make clear)."""
    if "style" not in encoding and "explode" not in encoding:
        return None
    style = str(encoding.get("style", "form"))
    if style not in _FORM_STYLES:
        return None  # (a path's or a header's style names no form spelling)
    return style, encoding.get("explode", style == "form") is not False


def root_view(document: dict[str, Any], deref: Deref, warn: Warn) -> dict[str, Any]:
    """The document as the shared layers read a Swagger 2.0 one."""
    view: dict[str, Any] = {
        k: v
        for k, v in document.items()
        if k
        not in ("openapi", "servers", "components", "paths", "x-ms-paths", "webhooks")
    }
    view["swagger"] = "2.0"
    if "webhooks" in document:
        warn("webhooks are not supported yet; left out", "/webhooks")
    view.update(_servers(document.get("servers")))
    listed = [
        (str(server.get("url") or ""), str(server.get("description") or ""))
        for server in (document.get("servers") or [])
        if isinstance(server, dict) and server.get("url")
    ]
    if len(listed) > 1:
        view[SERVERS] = listed
    components = document.get("components") or {}
    view["securityDefinitions"] = _security(
        components.get("securitySchemes") or {}, deref, warn
    )
    # x-ms-paths (paths with a query string) hold operations as `paths` does.
    for section in ("paths", "x-ms-paths"):
        paths: dict[str, Any] = {}
        raw = document.get(section)
        for path, item in (raw.items() if isinstance(raw, dict) else ()):
            escaped = pointer_token(path)
            item = deref(item, f"/{section}/{escaped}")
            if not isinstance(item, dict):
                continue
            converted = {
                k: v for k, v in item.items() if k not in (*HTTP_METHODS, "servers")
            }
            around = _server_urls(document.get("servers"))
            path_servers = _other_servers(item, around, f"/{section}/{escaped}", warn)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    pointer = f"/{section}/{escaped}/{method}"
                    _other_servers(item[method], path_servers or around, pointer, warn)
                    converted[method] = operation_view(
                        _with_schema_refs(item[method]), deref, warn, pointer
                    )
                    examples = _examples(item, method, deref, pointer)
                    if examples:
                        converted[method][EXAMPLES] = examples
            paths[path] = converted
        if section in document or section == "paths":
            view[section] = paths
    return view


def _server_urls(servers: Any) -> list[str]:
    return [
        str(server.get("url") or "")
        for server in (servers if isinstance(servers, list) else [])
        if isinstance(server, dict)
    ]


def _other_servers(
    place: dict[str, Any], around: list[str], at: str, warn: Warn
) -> list[str]:
    """The `servers` of a path or an operation, warned about where they
    differ from those around it: the client sends every operation to its
    own endpoint (pinecone.io's data operations go to another host)."""
    urls = _server_urls(place.get("servers"))
    if urls and urls != around:
        warn(
            f"servers of its own ({urls[0]!r}) are not supported yet; the client"
            " sends it to its endpoint, the document's first server (a caller can"
            " make a client with that server as its endpoint for these operations)",
            f"{at}/servers",
        )
    return urls


def _examples(
    item: dict[str, Any], method: str, deref: Deref, at: str
) -> list[dict[str, Any]]:
    operation = item[method]
    body = deref(operation.get("requestBody"), f"{at}/requestBody")
    name = body_name(operation, body if isinstance(body, dict) else {})
    path_parameters = item.get("parameters")
    return operation_examples(
        operation,
        path_parameters if isinstance(path_parameters, list) else [],
        name,
        deref,
        at,
    )


def _with_schema_refs(operation: dict[str, Any]) -> dict[str, Any]:
    """Converters leave refs inside extensions as Swagger wrote them: an
    x-ms-long-running-operation-options `final-state-schema` of
    `#/definitions/X` means `#/components/schemas/X` here."""
    options = operation.get("x-ms-long-running-operation-options")
    if not isinstance(options, dict):
        return operation
    target = options.get("final-state-schema")
    if isinstance(target, str) and target.startswith("#/definitions/"):
        moved = "#/components/schemas/" + target.removeprefix("#/definitions/")
        options = {**options, "final-state-schema": moved}
        return {**operation, "x-ms-long-running-operation-options": options}
    return operation


def _servers(servers: Any) -> dict[str, Any]:
    """`servers[0]` as Swagger's host, basePath and schemes, or as
    x-ms-parameterized-host when it has variables."""
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return {}
    url = str(servers[0].get("url") or "")
    variables = servers[0].get("variables") or {}
    if variables:
        parameters = [
            {
                **{k: v for k, v in spec.items() if k.startswith("x-ms-")},
                "name": name,
                "in": "path",
                "type": "string",
                "required": _real_default(spec) is None,
                **({"default": _real_default(spec)} if _real_default(spec) else {}),
                **({"enum": spec["enum"]} if "enum" in spec else {}),
                "description": spec.get("description", ""),
                "x-ms-skip-url-encoding": True,
            }
            for name, spec in variables.items()
            if isinstance(spec, dict)
        ]
        return {
            "x-ms-parameterized-host": {
                "hostTemplate": url,
                "useSchemePrefix": False,
                "parameters": parameters,
            }
        }
    parts = urlsplit(url)
    if not parts.netloc:
        return {"basePath": parts.path}
    return {
        "host": parts.netloc,
        "basePath": parts.path,
        "schemes": [parts.scheme or "https"],
    }


def _real_default(variable: dict[str, Any]) -> str | None:
    """A server variable's default where it is a value to use. OpenAPI demands
    one, so converters write a stand-in for a value the caller must give:
    swagger2openapi writes `none`. (YAML reads `default: 443` as a number:
    its text is the value.)"""
    default = typed_value(variable.get("default"), "str")
    values = variable.get("enum")
    if isinstance(values, list) and values and default not in [str(v) for v in values]:
        # A default the enum does not allow (TypeSpec writes '' beside the
        # versions): the only value allowed needs no caller; of several, the
        # caller chooses.
        return str(values[0]) if len(values) == 1 else None
    if default is NO_VALUE or default in ("", "none"):
        return None
    return str(default)


def _security(schemes: dict[str, Any], deref: Deref, warn: Warn) -> dict[str, Any]:
    """securitySchemes as securityDefinitions: apiKey as it is, oauth2 with
    the scopes of all its flows, openIdConnect as oauth2 without scopes, http
    basic as Swagger's basic; other http schemes that carry a token (bearer,
    or a scheme of the service's own) as `http` entries, which only say the
    scheme's name (every client takes a token)."""
    definitions: dict[str, Any] = {}
    for name, scheme in schemes.items():
        scheme = deref(scheme, f"/components/securitySchemes/{name}")
        if not isinstance(scheme, dict):
            continue
        kind = scheme.get("type")
        if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
            definitions[name] = scheme
        elif kind in ("oauth2", "openIdConnect"):
            scopes: dict[str, Any] = {}
            for flow in (scheme.get("flows") or {}).values():
                if isinstance(flow, dict):
                    scopes.update(flow.get("scopes") or {})
            definitions[name] = {"type": "oauth2", "scopes": scopes}
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            definitions[name] = {"type": "basic"}
        elif kind == "http" and str(scheme.get("scheme", "")).lower() in _CHALLENGES:
            warn(
                f"the http scheme {scheme.get('scheme')!r} is not supported yet: the"
                " client sends no credential for it (an httpx client given as"
                " `http_client`, with its `auth`, can)",
                f"/components/securitySchemes/{pointer_token(str(name))}",
            )
        elif kind == "http":
            # A token under the scheme's name (RFC 7235): Bearer, or one of
            # its own (`Authorization: SharedAccessKey <key>`); `token` takes it.
            definitions[name] = {"type": "http", "scheme": str(scheme.get("scheme"))}
    return definitions


# HTTP schemes that answer a server's challenge (RFC 7616, 4559, 8120,
# 7486, 7804): no value given once can be sent as it is.
_CHALLENGES = frozenset(
    {"digest", "negotiate", "ntlm", "mutual", "hoba", "scram-sha-1", "scram-sha-256"}
)


class OpenApi3Builder(SwaggerBuilder):
    """Builds the IR of one OpenAPI 3.0/3.1 document through the layers the
    Swagger 2.0 front end uses."""

    parameter_locations = ("path", "query", "header", "cookie")
    # ("If in is header and the name is Accept, Content-Type or
    # Authorization, the parameter definition SHALL be ignored": a declared
    # Authorization header is kept, often the document's only word on auth)
    ignored_headers = frozenset({"accept", "content-type"})

    def _deref(self, value: Any, pointer: str) -> Any:
        """A `$ref`'s target (errors located at `pointer`), or the value."""
        if not isinstance(value, dict) or "$ref" not in value:
            return value
        resolved = self.loader.deref(value, Location(self.root_location.file, pointer))
        return resolved[0] if resolved is not None else None

    def _reads(self, document: Any) -> bool:
        return True  # (the front end was chosen by its `openapi` field)

    def _check_shapes(self, document: Any) -> bool:
        # Its own shape first: reading the syntax takes every part for what
        # OpenAPI 3 says it is.
        return OpenApi3ShapeChecker(self.diagnostics).check_openapi3(
            document, self.root_location
        ) and super()._check_shapes(document)

    def _read_root(self, document: Any) -> None:
        def warn(message: str, pointer: str) -> None:
            self.diagnostics.warn("W011", message, self.root_location.file, pointer)

        self.source = document
        # (diagnostics name the document's places, not the views')
        from .openapi3_pointers import document_pointer

        self.diagnostics.pointer_in_file = partial(document_pointer, self.loader)
        self.root = root_view(document, self._deref, warn)
        # Reused parameters are client parameters in Azure's documents (as
        # AutoRest reads Swagger's global ones); elsewhere they are reuse only.
        self.azure_document = _uses_ms_extensions(
            document, text=self.loader.lines.text(self.root_location.file)
        )
        self.globals_are_client_parameters = self.azure_document
        # Outside Azure's documents a 4xx or 5xx the spec lists is an error.
        self.listed_errors_are_results = self.azure_document

    def _definition_locations(self) -> list[tuple[Location, str]]:
        schemas = (self.source.get("components") or {}).get("schemas") or {}
        return [
            (self.root_location.child("components", "schemas", name), name)
            for name in schemas
        ]

    def _parameter_view(self, parameter: Any) -> Any:
        return parameter_view(parameter, self._deref)

    def _response_view(self, response: Any, at: Location) -> Any:
        if isinstance(response, dict) and response.get("links"):
            self.diagnostics.warn(
                "W011",
                "links are not supported yet; left out",
                at.file,
                at.child("links").pointer,
            )
        return response_view(response)
