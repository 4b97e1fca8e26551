# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from . import _serde

__all__ = [
    "Capabilities",
    "Deprecation",
    "Error",
    "ErrorCode",
    "ErrorResponse",
    "Event",
    "EventList",
    "File",
    "FileImport",
    "FileList",
    "FileStatistics",
    "FineTune",
    "FineTuneCreation",
    "FineTuneList",
    "GenerateImagesCreation",
    "GenerateImagesResponse",
    "HyperParameters",
    "ImageResult",
    "ImageResults",
    "InnerError",
    "InnerErrorCode",
    "LifeCycleStatus",
    "LogLevel",
    "Model",
    "ModelList",
    "OperationResponse",
    "OperationResponseResult",
    "Purpose",
    "Size",
    "State",
    "TypeDiscriminator",
]


class ErrorCode(str, _serde.ExtensibleEnum):
    """Error codes as defined in the Microsoft REST guidelines
    (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).

    Extensible: values the service adds later are accepted as members too.
    """

    CONFLICT = "conflict"
    """The requested operation conflicts with the current resource state."""
    INVALID_PAYLOAD = "invalidPayload"
    """The request data is invalid for this operation."""
    FORBIDDEN = "forbidden"
    """The operation is forbidden for the current user/api key."""
    NOT_FOUND = "notFound"
    """The resource is not found."""
    UNEXPECTED_ENTITY_STATE = "unexpectedEntityState"
    """The operation cannot be executed in the current resource's state."""
    ITEM_DOES_ALREADY_EXIST = "itemDoesAlreadyExist"
    """The item does already exist."""
    SERVICE_UNAVAILABLE = "serviceUnavailable"
    """The service is currently not available."""
    INTERNAL_FAILURE = "internalFailure"
    """Internal error. Please retry."""
    QUOTA_EXCEEDED = "quotaExceeded"
    """Quota exceeded."""
    JSONL_VALIDATION_FAILED = "jsonlValidationFailed"
    """Validation of jsonl data failed."""
    FILE_IMPORT_FAILED = "fileImportFailed"
    """Import of file failed."""
    TOO_MANY_REQUESTS = "tooManyRequests"
    """Too many requests. Please retry later."""
    UNAUTHORIZED = "unauthorized"
    """The current user/api key is not authorized for the operation."""
    CONTENT_FILTER = "contentFilter"
    """Image generation failed as a result of our safety system."""


class InnerErrorCode(str, _serde.ExtensibleEnum):
    """Inner error codes as defined in the Microsoft REST guidelines
    (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).

    Extensible: values the service adds later are accepted as members too.
    """

    INVALID_PAYLOAD = "invalidPayload"
    """The request data is invalid for this operation."""


class LifeCycleStatus(str, _serde.ExtensibleEnum):
    """The life cycle status of a model.
    Note: A model can be promoted from "preview" to "generally-available", but never
    from "generally-available" to "preview".

    Extensible: values the service adds later are accepted as members too.
    """

    PREVIEW = "preview"
    """Model is in preview and covered by the service preview terms."""
    GENERALLY_AVAILABLE = "generally-available"
    """Model is generally available."""


class LogLevel(str, _serde.ExtensibleEnum):
    """The verbosity level of an event.

    Extensible: values the service adds later are accepted as members too.
    """

    INFO = "info"
    """This event is for information only."""
    WARNING = "warning"
    """This event represents a mitigated issue."""
    ERROR = "error"
    """This message represents a non recoverable issue."""


class Purpose(str, _serde.ExtensibleEnum):
    """The intended purpose of the uploaded documents. Use "fine-tune" for fine-tuning.
    This allows us to validate the format of the uploaded file.

    Extensible: values the service adds later are accepted as members too.
    """

    FINE_TUNE = "fine-tune"
    """This file contains training data for a fine tune job."""
    FINE_TUNE_RESULTS = "fine-tune-results"
    """This file contains the results of a fine tune job."""


class Size(str, _serde.ExtensibleEnum):
    """The desired size of the generated images. Must be one of 256x256, 512x512, or
    1024x1024.

    Extensible: values the service adds later are accepted as members too.
    """

    SIZE_256X256 = "256x256"
    """The desired size of the generated image is 256x256 pixels."""
    SIZE_512X512 = "512x512"
    """The desired size of the generated image is 512x512 pixels."""
    SIZE_1024X1024 = "1024x1024"
    """The desired size of the generated image is 1024x1024 pixels."""


class State(str, _serde.ExtensibleEnum):
    """The state of a job or item.

    Extensible: values the service adds later are accepted as members too.
    """

    NOT_RUNNING = "notRunning"
    """The operation was created and is queued to be processed in the future."""
    RUNNING = "running"
    """The operation has started to be processed."""
    SUCCEEDED = "succeeded"
    """The operation has successfully be processed and is ready for consumption."""
    CANCELED = "canceled"
    """The operation has been canceled and is incomplete."""
    FAILED = "failed"
    """The operation has completed processing with a failure and cannot be further
    consumed.
    """
    DELETED = "deleted"
    """The entity has been deleted but may still be referenced by other entities
    predating the deletion.
    """


class TypeDiscriminator(str, _serde.ExtensibleEnum):
    """Defines the type of an object.

    Extensible: values the service adds later are accepted as members too.
    """

    LIST = "list"
    """This object represents a list of other objects."""
    FINE_TUNE = "fine-tune"
    """This object represents a fine tune job."""
    FILE = "file"
    """This object represents a file."""
    FINE_TUNE_EVENT = "fine-tune-event"
    """This object represents an event of a fine tune job."""
    MODEL = "model"
    """This object represents a model (can be a base models or fine tune job result)."""
    DEPLOYMENT = "deployment"
    """This object represents a deployment."""


@dataclass(kw_only=True, slots=True)
class Capabilities:
    """The capabilities of a base or fine tune model.

    Attributes:
        fine_tune: (required) A value indicating whether a model can be used for fine
            tuning.
        inference: (required) A value indicating whether a model can be deployed.
        completion: (required) A value indicating whether a model supports completion.
        chat_completion: (required) A value indicating whether a model supports chat
            completion.
        embeddings: (required) A value indicating whether a model supports embeddings.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    fine_tune: bool
    inference: bool
    completion: bool
    chat_completion: bool
    embeddings: bool
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "fine_tune",
            "inference",
            "completion",
            "chat_completion",
            "embeddings",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Capabilities:
        """A Capabilities from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.fine_tune = _serde.required(data, "fine_tune")
        self.inference = _serde.required(data, "inference")
        self.completion = _serde.required(data, "completion")
        self.chat_completion = _serde.required(data, "chat_completion")
        self.embeddings = _serde.required(data, "embeddings")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.fine_tune is not None:
            data["fine_tune"] = self.fine_tune
        if self.inference is not None:
            data["inference"] = self.inference
        if self.completion is not None:
            data["completion"] = self.completion
        if self.chat_completion is not None:
            data["chat_completion"] = self.chat_completion
        if self.embeddings is not None:
            data["embeddings"] = self.embeddings
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Deprecation:
    """Defines the dates of deprecation for the different use cases of a model.
    Usually base models support 1 year of fine tuning after creation. Inference is
    typically supported 2 years after creation of base or
    fine tuned models. The exact dates are specified in the properties.

    Attributes:
        fine_tune: The end date of fine tune support of this model. Will be `null` for
            fine tune models.
        inference: (required) The end date of inference support of this model.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    fine_tune: datetime.datetime | None = None
    inference: datetime.datetime
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "fine_tune",
            "inference",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Deprecation:
        """A Deprecation from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.fine_tune = _serde.opt_unixtime(data.get("fine_tune"))
        self.inference = _serde.req_unixtime(data.get("inference"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.fine_tune is not None:
            data["fine_tune"] = _serde.unixtime_to_wire(self.fine_tune)
        if self.inference is not None:
            data["inference"] = _serde.unixtime_to_wire(self.inference)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Error:
    """Error content as defined in the Microsoft REST guidelines
    (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).

    Attributes:
        code: (required) Error codes as defined in the Microsoft REST guidelines
            (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).
        message: (required) The message of this error.
        target: The location where the error happened if available.
        details: The error details if available.
        innererror: Inner error as defined in the Microsoft REST guidelines
            (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    code: ErrorCode | str
    message: str
    target: str | None = None
    details: list[Error] | None = None
    innererror: InnerError | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
            "target",
            "details",
            "innererror",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """A Error from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.code = _serde.req_enum(ErrorCode, data.get("code"))
        self.message = _serde.required(data, "message")
        self.target = data.get("target")
        self.details = _serde.opt_list(Error.from_dict, data.get("details"))
        self.innererror = _serde.opt(InnerError.from_dict, data.get("innererror"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = _serde.enum_wire(self.code)
        if self.message is not None:
            data["message"] = self.message
        if self.target is not None:
            data["target"] = self.target
        if self.details is not None:
            data["details"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.details
            ]
        if self.innererror is not None:
            data["innererror"] = self.innererror.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ErrorResponse:
    """Error response as defined in the Microsoft REST guidelines
    (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).

    Attributes:
        error: (required, read-only) Error content as defined in the Microsoft REST
            guidelines
            (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    error: Error
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorResponse:
        """A ErrorResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.error = _serde.req(Error.from_dict, data.get("error"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.error is not None and not exclude_readonly:
            data["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Event:
    """Event

    Attributes:
        object: (read-only) Defines the type of an object.
        created_at: (required) A timestamp when this event was created (in unix epochs).
        level: (required) The verbosity level of an event.
        message: (required) The message describing the event. This can be a change of
            state, e.g., enqueued, started, failed or completed, or other events like
            uploaded results.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    object: TypeDiscriminator | str | None = None
    created_at: datetime.datetime
    level: LogLevel | str
    message: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "created_at",
            "level",
            "message",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """A Event from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.object = _serde.opt_enum(TypeDiscriminator, data.get("object"))
        self.created_at = _serde.req_unixtime(data.get("created_at"))
        self.level = _serde.req_enum(LogLevel, data.get("level"))
        self.message = _serde.required(data, "message")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.object is not None and not exclude_readonly:
            data["object"] = _serde.enum_wire(self.object)
        if self.created_at is not None:
            data["created_at"] = _serde.unixtime_to_wire(self.created_at)
        if self.level is not None:
            data["level"] = _serde.enum_wire(self.level)
        if self.message is not None:
            data["message"] = self.message
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class EventList:
    """Represents a list of events.

    Attributes:
        object: (read-only) Defines the type of an object.
        data: The list of items.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    object: TypeDiscriminator | str | None = None
    data: list[Event] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "data",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventList:
        """A EventList from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.object = _serde.opt_enum(TypeDiscriminator, data.get("object"))
        self.data = _serde.opt_list(Event.from_dict, data.get("data"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.object is not None and not exclude_readonly:
            data["object"] = _serde.enum_wire(self.object)
        if self.data is not None:
            data["data"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.data
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class File:
    """A file is a document usable for training and validation. It can also be a service
    generated document with result details.

    Attributes:
        object: (read-only) Defines the type of an object.
        status: (read-only) The state of a job or item.
        created_at: (read-only) A timestamp when this job or item was created (in unix
            epochs).
        updated_at: (read-only) A timestamp when this job or item was modified last (in
            unix epochs).
        id: (read-only) The identity of this item.
        bytes: (read-only) The size of this file when available (can be null). File
            sizes larger than 2^53-1 are not supported to ensure compatibility with
            JavaScript integers.
        purpose: (required) The intended purpose of the uploaded documents. Use
            "fine-tune" for fine-tuning. This allows us to validate the format of the
            uploaded file.
        filename: (required) The name of the file.
        statistics: A file is a document usable for training and validation. It can also
            be a service generated document with result details.
        error: (read-only) Error content as defined in the Microsoft REST guidelines
            (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    object: TypeDiscriminator | str | None = None
    status: State | str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    id: str | None = None
    bytes: int | None = None
    purpose: Purpose | str
    filename: str
    statistics: FileStatistics | None = None
    error: Error | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "status",
            "created_at",
            "updated_at",
            "id",
            "bytes",
            "purpose",
            "filename",
            "statistics",
            "error",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> File:
        """A File from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.object = _serde.opt_enum(TypeDiscriminator, data.get("object"))
        self.status = _serde.opt_enum(State, data.get("status"))
        self.created_at = _serde.opt_unixtime(data.get("created_at"))
        self.updated_at = _serde.opt_unixtime(data.get("updated_at"))
        self.id = data.get("id")
        self.bytes = data.get("bytes")
        self.purpose = _serde.req_enum(Purpose, data.get("purpose"))
        self.filename = _serde.required(data, "filename")
        self.statistics = _serde.opt(FileStatistics.from_dict, data.get("statistics"))
        self.error = _serde.opt(Error.from_dict, data.get("error"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.object is not None and not exclude_readonly:
            data["object"] = _serde.enum_wire(self.object)
        if self.status is not None and not exclude_readonly:
            data["status"] = _serde.enum_wire(self.status)
        if self.created_at is not None and not exclude_readonly:
            data["created_at"] = _serde.unixtime_to_wire(self.created_at)
        if self.updated_at is not None and not exclude_readonly:
            data["updated_at"] = _serde.unixtime_to_wire(self.updated_at)
        if self.id is not None and not exclude_readonly:
            data["id"] = self.id
        if self.bytes is not None and not exclude_readonly:
            data["bytes"] = self.bytes
        if self.purpose is not None:
            data["purpose"] = _serde.enum_wire(self.purpose)
        if self.filename is not None:
            data["filename"] = self.filename
        if self.statistics is not None:
            data["statistics"] = self.statistics.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.error is not None and not exclude_readonly:
            data["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class FileImport:
    """Defines a document to import from an external content url to be usable with Azure
    OpenAI.

    Attributes:
        purpose: (required) The intended purpose of the uploaded documents. Use
            "fine-tune" for fine-tuning. This allows us to validate the format of the
            uploaded file.
        filename: (required) The name of the [JSON
            Lines](https://jsonlines.readthedocs.io/en/latest/) file to be uploaded. If
            the `purpose` is set to "fine-tune", each line is a JSON record with
            "prompt" and "completion" fields representing your training examples.
        content_url: (required) The url to download the document from (can be SAS url of
            a blob or any other external url accessible with a GET request).
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    purpose: Purpose | str
    filename: str
    content_url: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "purpose",
            "filename",
            "content_url",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FileImport:
        """A FileImport from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.purpose = _serde.req_enum(Purpose, data.get("purpose"))
        self.filename = _serde.required(data, "filename")
        self.content_url = _serde.required(data, "content_url")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.purpose is not None:
            data["purpose"] = _serde.enum_wire(self.purpose)
        if self.filename is not None:
            data["filename"] = self.filename
        if self.content_url is not None:
            data["content_url"] = self.content_url
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class FileList:
    """Represents a list of files.

    Attributes:
        object: (read-only) Defines the type of an object.
        data: The list of items.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    object: TypeDiscriminator | str | None = None
    data: list[File] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "data",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FileList:
        """A FileList from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.object = _serde.opt_enum(TypeDiscriminator, data.get("object"))
        self.data = _serde.opt_list(File.from_dict, data.get("data"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.object is not None and not exclude_readonly:
            data["object"] = _serde.enum_wire(self.object)
        if self.data is not None:
            data["data"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.data
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class FileStatistics:
    """A file is a document usable for training and validation. It can also be a service
    generated document with result details.

    Attributes:
        tokens: The number of tokens used in prompts and completions for files of kind
            "fine-tune" once validation of file content is complete.
        examples: The number of contained training examples in files of kind "fine-tune"
            once validation of file content is complete.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    tokens: int | None = None
    examples: int | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "tokens",
            "examples",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FileStatistics:
        """A FileStatistics from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.tokens = data.get("tokens")
        self.examples = data.get("examples")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.tokens is not None:
            data["tokens"] = self.tokens
        if self.examples is not None:
            data["examples"] = self.examples
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class FineTune:
    """Fine tuning is a job to tailor a model to specific training data.

    Attributes:
        object: (read-only) Defines the type of an object.
        status: (read-only) The state of a job or item.
        created_at: (read-only) A timestamp when this job or item was created (in unix
            epochs).
        updated_at: (read-only) A timestamp when this job or item was modified last (in
            unix epochs).
        id: (read-only) The identity of this item.
        model: (required) The identifier (model-id) of the base model used for the
            fine-tune.
        fine_tuned_model: The identifier (model-id) of the resulting fine tuned model.
            This property is only populated for successfully completed fine-tune runs.
            Use this identifier to create a deployment for inferencing.
        training_files: (required) The file identities (file-id) that are used for
            training the fine tuned model.
        validation_files: The file identities (file-id) that are used to evaluate the
            fine tuned model during training.
        result_files: The result file identities (file-id) containing training and
            evaluation metrics in csv format. The file is only available for
            successfully completed fine-tune runs.
        events: The events that show the progress of the fine-tune run including queued,
            running and completed.
        organisation_id: The organisation id of this fine tune job. Unused on Azure
            OpenAI; compatibility for OpenAI only.
        user_id: The user id of this fine tune job. Unused on Azure OpenAI;
            compatibility for OpenAI only.
        hyperparams: The hyper parameter settings used in a fine tune job.
        suffix: The suffix used to identify the fine-tuned model.
        error: (read-only) Error content as defined in the Microsoft REST guidelines
            (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    object: TypeDiscriminator | str | None = None
    status: State | str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    id: str | None = None
    model: str
    fine_tuned_model: str | None = None
    training_files: list[File]
    validation_files: list[File] | None = None
    result_files: list[File] | None = None
    events: list[Event] | None = None
    organisation_id: str | None = None
    user_id: str | None = None
    hyperparams: HyperParameters | None = None
    suffix: str | None = None
    error: Error | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "status",
            "created_at",
            "updated_at",
            "id",
            "model",
            "fine_tuned_model",
            "training_files",
            "validation_files",
            "result_files",
            "events",
            "organisation_id",
            "user_id",
            "hyperparams",
            "suffix",
            "error",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FineTune:
        """A FineTune from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.object = _serde.opt_enum(TypeDiscriminator, data.get("object"))
        self.status = _serde.opt_enum(State, data.get("status"))
        self.created_at = _serde.opt_unixtime(data.get("created_at"))
        self.updated_at = _serde.opt_unixtime(data.get("updated_at"))
        self.id = data.get("id")
        self.model = _serde.required(data, "model")
        self.fine_tuned_model = data.get("fine_tuned_model")
        self.training_files = _serde.req_list(
            File.from_dict, data.get("training_files")
        )
        self.validation_files = _serde.opt_list(
            File.from_dict, data.get("validation_files")
        )
        self.result_files = _serde.opt_list(File.from_dict, data.get("result_files"))
        self.events = _serde.opt_list(Event.from_dict, data.get("events"))
        self.organisation_id = data.get("organisation_id")
        self.user_id = data.get("user_id")
        self.hyperparams = _serde.opt(
            HyperParameters.from_dict, data.get("hyperparams")
        )
        self.suffix = data.get("suffix")
        self.error = _serde.opt(Error.from_dict, data.get("error"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.object is not None and not exclude_readonly:
            data["object"] = _serde.enum_wire(self.object)
        if self.status is not None and not exclude_readonly:
            data["status"] = _serde.enum_wire(self.status)
        if self.created_at is not None and not exclude_readonly:
            data["created_at"] = _serde.unixtime_to_wire(self.created_at)
        if self.updated_at is not None and not exclude_readonly:
            data["updated_at"] = _serde.unixtime_to_wire(self.updated_at)
        if self.id is not None and not exclude_readonly:
            data["id"] = self.id
        if self.model is not None:
            data["model"] = self.model
        if self.fine_tuned_model is not None:
            data["fine_tuned_model"] = self.fine_tuned_model
        if self.training_files is not None:
            data["training_files"] = [
                _serde.model_wire(item, exclude_readonly)
                for item in self.training_files
            ]
        if self.validation_files is not None:
            data["validation_files"] = [
                _serde.model_wire(item, exclude_readonly)
                for item in self.validation_files
            ]
        if self.result_files is not None:
            data["result_files"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.result_files
            ]
        if self.events is not None:
            data["events"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.events
            ]
        if self.organisation_id is not None:
            data["organisation_id"] = self.organisation_id
        if self.user_id is not None:
            data["user_id"] = self.user_id
        if self.hyperparams is not None:
            data["hyperparams"] = self.hyperparams.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.suffix is not None:
            data["suffix"] = self.suffix
        if self.error is not None and not exclude_readonly:
            data["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class FineTuneCreation:
    """Defines the values of a fine tune job.

    Attributes:
        model: (required) The identifier (model-id) of the base model used for this
            fine-tune.
        training_file: (required) The file identity (file-id) that is used for training
            this fine tuned model.
        validation_file: The file identity (file-id) that is used to evaluate the fine
            tuned model during training.
        suffix: The suffix used to identify the fine-tuned model. The suffix can contain
            up to 40 characters (a-z, A-Z, 0-9,- and _) that will be added to your
            fine-tuned model name.
        n_epochs: The number of epochs to train the model for. An epoch refers to one
            full cycle through the training dataset.
        batch_size: The batch size to use for training. The batch size is the number of
            training examples used to train a single forward and backward pass. In
            general, we've found that larger batch sizes tend to work better for larger
            datasets. The default value as well as the maximum value for this property
            are specific to a base model.
        learning_rate_multiplier: The learning rate multiplier to use for training. The
            fine-tuning learning rate is the original learning rate used for
            pre-training multiplied by this value. Larger learning rates tend to perform
            better with larger batch sizes. We recommend experimenting with values in
            the range 0.02 to 0.2 to see what produces the best results.
        prompt_loss_weight: The weight to use for loss on the prompt tokens. This
            controls how much the model tries to learn to generate the prompt (as
            compared to the completion which always has a weight of 1.0), and can add a
            stabilizing effect to training when completions are short. If prompts are
            extremely long (relative to completions), it may make sense to reduce this
            weight so as to avoid over-prioritizing learning the prompt.
        compute_classification_metrics: A value indicating whether to compute
            classification metrics. If set, we calculate classification-specific metrics
            such as accuracy and F-1 score using the validation set at the end of every
            epoch. These metrics can be viewed in the results file. In order to compute
            classification metrics, you must provide a validation_file.Additionally, you
            must specify classification_n_classes for multiclass classification or
            classification_positive_class for binary classification.
        classification_n_classes: The number of classes in a classification task. This
            parameter is required for multiclass classification.
        classification_positive_class: The positive class in binary classification. This
            parameter is needed to generate precision, recall, and F1 metrics when doing
            binary classification.
        classification_betas: The classification beta values. If this is provided, we
            calculate F-beta scores at the specified beta values. The F-beta score is a
            generalization of F-1 score. This is only used for binary classification.
            With a beta of 1 (i.e.the F-1 score), precision and recall are given the
            same weight. A larger beta score puts more weight on recall and less on
            precision. A smaller beta score puts more weight on precision and less on
            recall.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    model: str
    training_file: str
    validation_file: str | None = None
    suffix: str | None = None
    n_epochs: int | None = None
    batch_size: int | None = None
    learning_rate_multiplier: float | None = None
    prompt_loss_weight: float | None = None
    compute_classification_metrics: bool | None = None
    classification_n_classes: int | None = None
    classification_positive_class: str | None = None
    classification_betas: list[float] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "training_file",
            "validation_file",
            "suffix",
            "n_epochs",
            "batch_size",
            "learning_rate_multiplier",
            "prompt_loss_weight",
            "compute_classification_metrics",
            "classification_n_classes",
            "classification_positive_class",
            "classification_betas",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FineTuneCreation:
        """A FineTuneCreation from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.model = _serde.required(data, "model")
        self.training_file = _serde.required(data, "training_file")
        self.validation_file = data.get("validation_file")
        self.suffix = data.get("suffix")
        self.n_epochs = data.get("n_epochs")
        self.batch_size = data.get("batch_size")
        self.learning_rate_multiplier = data.get("learning_rate_multiplier")
        self.prompt_loss_weight = data.get("prompt_loss_weight")
        self.compute_classification_metrics = data.get("compute_classification_metrics")
        self.classification_n_classes = data.get("classification_n_classes")
        self.classification_positive_class = data.get("classification_positive_class")
        self.classification_betas = data.get("classification_betas")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.model is not None:
            data["model"] = self.model
        if self.training_file is not None:
            data["training_file"] = self.training_file
        if self.validation_file is not None:
            data["validation_file"] = self.validation_file
        if self.suffix is not None:
            data["suffix"] = self.suffix
        if self.n_epochs is not None:
            data["n_epochs"] = self.n_epochs
        if self.batch_size is not None:
            data["batch_size"] = self.batch_size
        if self.learning_rate_multiplier is not None:
            data["learning_rate_multiplier"] = self.learning_rate_multiplier
        if self.prompt_loss_weight is not None:
            data["prompt_loss_weight"] = self.prompt_loss_weight
        if self.compute_classification_metrics is not None:
            data["compute_classification_metrics"] = self.compute_classification_metrics
        if self.classification_n_classes is not None:
            data["classification_n_classes"] = self.classification_n_classes
        if self.classification_positive_class is not None:
            data["classification_positive_class"] = self.classification_positive_class
        if self.classification_betas is not None:
            data["classification_betas"] = self.classification_betas
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class FineTuneList:
    """Represents a list of fine tunes.

    Attributes:
        object: (read-only) Defines the type of an object.
        data: The list of items.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    object: TypeDiscriminator | str | None = None
    data: list[FineTune] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "data",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FineTuneList:
        """A FineTuneList from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.object = _serde.opt_enum(TypeDiscriminator, data.get("object"))
        self.data = _serde.opt_list(FineTune.from_dict, data.get("data"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.object is not None and not exclude_readonly:
            data["object"] = _serde.enum_wire(self.object)
        if self.data is not None:
            data["data"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.data
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class GenerateImagesCreation:
    """Defines the request to create an operation to generate images.

    Attributes:
        prompt: (required) A text description of the desired image(s).
        n: The number of images to generate. The service's default: 1.
        size: The desired size of the generated images. Must be one of 256x256, 512x512,
            or 1024x1024.
        user: A unique identifier representing your end-user, which can help to monitor
            and detect abuse.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    prompt: str
    n: int | None = None
    size: Size | str | None = None
    user: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "prompt",
            "n",
            "size",
            "user",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GenerateImagesCreation:
        """A GenerateImagesCreation from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.prompt = _serde.required(data, "prompt")
        self.n = data.get("n")
        self.size = _serde.opt_enum(Size, data.get("size"))
        self.user = data.get("user")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.prompt is not None:
            data["prompt"] = self.prompt
        if self.n is not None:
            data["n"] = self.n
        if self.size is not None:
            data["size"] = _serde.enum_wire(self.size)
        if self.user is not None:
            data["user"] = self.user
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class GenerateImagesResponse:
    """Defines response after creating an operation to generate images. It contains the
    status and the id of the operation.

    Attributes:
        status: (required, read-only) The state of a job or item.
        id: (required)  The Id of the asynchronous operation that can be used to query
            its status later.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    status: State | str
    id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "id",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GenerateImagesResponse:
        """A GenerateImagesResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.status = _serde.req_enum(State, data.get("status"))
        self.id = _serde.required(data, "id")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.status is not None and not exclude_readonly:
            data["status"] = _serde.enum_wire(self.status)
        if self.id is not None:
            data["id"] = self.id
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class HyperParameters:
    """The hyper parameter settings used in a fine tune job.

    Attributes:
        batch_size: The batch size to use for training. The batch size is the number of
            training examples used to train a single forward and backward pass. In
            general, we've found that larger batch sizes tend to work better for larger
            datasets. The default value as well as the maximum value for this property
            are specific to a base model.
        learning_rate_multiplier: The learning rate multiplier to use for training. The
            fine-tuning learning rate is the original learning rate used for
            pre-training multiplied by this value. Larger learning rates tend to perform
            better with larger batch sizes. We recommend experimenting with values in
            the range 0.02 to 0.2 to see what produces the best results.
        n_epochs: The number of epochs to train the model for. An epoch refers to one
            full cycle through the training dataset.
        prompt_loss_weight: The weight to use for loss on the prompt tokens. This
            controls how much the model tries to learn to generate the prompt (as
            compared to the completion which always has a weight of 1.0), and can add a
            stabilizing effect to training when completions are short. If prompts are
            extremely long (relative to completions), it may make sense to reduce this
            weight so as to avoid over-prioritizing learning the prompt.
        compute_classification_metrics: A value indicating whether to compute
            classification metrics. If set, we calculate classification-specific metrics
            such as accuracy and F-1 score using the validation set at the end of every
            epoch. These metrics can be viewed in the results file. In order to compute
            classification metrics, you must provide a validation_file.Additionally, you
            must specify classification_n_classes for multiclass classification or
            classification_positive_class for binary classification.
        classification_n_classes: The number of classes in a classification task. This
            parameter is required for multiclass classification.
        classification_positive_class: The positive class in binary classification. This
            parameter is needed to generate precision, recall, and F1 metrics when doing
            binary classification.
        classification_betas: The classification beta values. If this is provided, we
            calculate F-beta scores at the specified beta values. The F-beta score is a
            generalization of F-1 score. This is only used for binary classification.
            With a beta of 1 (i.e.the F-1 score), precision and recall are given the
            same weight. A larger beta score puts more weight on recall and less on
            precision. A smaller beta score puts more weight on precision and less on
            recall.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    batch_size: int | None = None
    learning_rate_multiplier: float | None = None
    n_epochs: int | None = None
    prompt_loss_weight: float | None = None
    compute_classification_metrics: bool | None = None
    classification_n_classes: int | None = None
    classification_positive_class: str | None = None
    classification_betas: list[float] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "batch_size",
            "learning_rate_multiplier",
            "n_epochs",
            "prompt_loss_weight",
            "compute_classification_metrics",
            "classification_n_classes",
            "classification_positive_class",
            "classification_betas",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HyperParameters:
        """A HyperParameters from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.batch_size = data.get("batch_size")
        self.learning_rate_multiplier = data.get("learning_rate_multiplier")
        self.n_epochs = data.get("n_epochs")
        self.prompt_loss_weight = data.get("prompt_loss_weight")
        self.compute_classification_metrics = data.get("compute_classification_metrics")
        self.classification_n_classes = data.get("classification_n_classes")
        self.classification_positive_class = data.get("classification_positive_class")
        self.classification_betas = data.get("classification_betas")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.batch_size is not None:
            data["batch_size"] = self.batch_size
        if self.learning_rate_multiplier is not None:
            data["learning_rate_multiplier"] = self.learning_rate_multiplier
        if self.n_epochs is not None:
            data["n_epochs"] = self.n_epochs
        if self.prompt_loss_weight is not None:
            data["prompt_loss_weight"] = self.prompt_loss_weight
        if self.compute_classification_metrics is not None:
            data["compute_classification_metrics"] = self.compute_classification_metrics
        if self.classification_n_classes is not None:
            data["classification_n_classes"] = self.classification_n_classes
        if self.classification_positive_class is not None:
            data["classification_positive_class"] = self.classification_positive_class
        if self.classification_betas is not None:
            data["classification_betas"] = self.classification_betas
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ImageResult:
    """The image url if successful, and an error otherwise.

    Attributes:
        url: The URL that provides temporary access to download the generated image.
        error: (read-only) Error content as defined in the Microsoft REST guidelines
            (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    url: str | None = None
    error: Error | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
            "error",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageResult:
        """A ImageResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.url = data.get("url")
        self.error = _serde.opt(Error.from_dict, data.get("error"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.error is not None and not exclude_readonly:
            data["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class InnerError:
    """Inner error as defined in the Microsoft REST guidelines
    (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).

    Attributes:
        code: Inner error codes as defined in the Microsoft REST guidelines
            (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).
        innererror: Inner error as defined in the Microsoft REST guidelines
            (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    code: InnerErrorCode | str | None = None
    innererror: InnerError | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "innererror",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InnerError:
        """A InnerError from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.code = _serde.opt_enum(InnerErrorCode, data.get("code"))
        self.innererror = _serde.opt(InnerError.from_dict, data.get("innererror"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = _serde.enum_wire(self.code)
        if self.innererror is not None:
            data["innererror"] = self.innererror.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Model:
    """A model is either a base model or the result of a successful fine tune job.

    Attributes:
        object: (read-only) Defines the type of an object.
        status: (read-only) The state of a job or item.
        created_at: (read-only) A timestamp when this job or item was created (in unix
            epochs).
        updated_at: (read-only) A timestamp when this job or item was modified last (in
            unix epochs).
        id: (read-only) The identity of this item.
        model: The base model identity (model-id) if this is a fine tune model;
            otherwise `null`.
        fine_tune: The fine tune job identity (fine-tune-id) if this is a fine tune
            model; otherwise `null`.
        capabilities: (required) The capabilities of a base or fine tune model.
        lifecycle_status: (required) The life cycle status of a model. Note: A model can
            be promoted from "preview" to "generally-available", but never from
            "generally-available" to "preview".
        deprecation: (required) Defines the dates of deprecation for the different use
            cases of a model. Usually base models support 1 year of fine tuning after
            creation. Inference is typically supported 2 years after creation of base or
            fine tuned models. The exact dates are specified in the properties.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    object: TypeDiscriminator | str | None = None
    status: State | str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    id: str | None = None
    model: str | None = None
    fine_tune: str | None = None
    capabilities: Capabilities
    lifecycle_status: LifeCycleStatus | str
    deprecation: Deprecation
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "status",
            "created_at",
            "updated_at",
            "id",
            "model",
            "fine_tune",
            "capabilities",
            "lifecycle_status",
            "deprecation",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Model:
        """A Model from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.object = _serde.opt_enum(TypeDiscriminator, data.get("object"))
        self.status = _serde.opt_enum(State, data.get("status"))
        self.created_at = _serde.opt_unixtime(data.get("created_at"))
        self.updated_at = _serde.opt_unixtime(data.get("updated_at"))
        self.id = data.get("id")
        self.model = data.get("model")
        self.fine_tune = data.get("fine_tune")
        self.capabilities = _serde.req(Capabilities.from_dict, data.get("capabilities"))
        self.lifecycle_status = _serde.req_enum(
            LifeCycleStatus, data.get("lifecycle_status")
        )
        self.deprecation = _serde.req(Deprecation.from_dict, data.get("deprecation"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.object is not None and not exclude_readonly:
            data["object"] = _serde.enum_wire(self.object)
        if self.status is not None and not exclude_readonly:
            data["status"] = _serde.enum_wire(self.status)
        if self.created_at is not None and not exclude_readonly:
            data["created_at"] = _serde.unixtime_to_wire(self.created_at)
        if self.updated_at is not None and not exclude_readonly:
            data["updated_at"] = _serde.unixtime_to_wire(self.updated_at)
        if self.id is not None and not exclude_readonly:
            data["id"] = self.id
        if self.model is not None:
            data["model"] = self.model
        if self.fine_tune is not None:
            data["fine_tune"] = self.fine_tune
        if self.capabilities is not None:
            data["capabilities"] = self.capabilities.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.lifecycle_status is not None:
            data["lifecycle_status"] = _serde.enum_wire(self.lifecycle_status)
        if self.deprecation is not None:
            data["deprecation"] = self.deprecation.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ModelList:
    """Represents a list of models.

    Attributes:
        object: (read-only) Defines the type of an object.
        data: The list of items.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    object: TypeDiscriminator | str | None = None
    data: list[Model] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "data",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelList:
        """A ModelList from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.object = _serde.opt_enum(TypeDiscriminator, data.get("object"))
        self.data = _serde.opt_list(Model.from_dict, data.get("data"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.object is not None and not exclude_readonly:
            data["object"] = _serde.enum_wire(self.object)
        if self.data is not None:
            data["data"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.data
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class OperationResponse:
    """The operation response containing the id and the status of the operation. If
    successful, it contains data with the generated images and an error otherwise.

    Attributes:
        id: (required) The ID of the operation.
        created: (required) A timestamp when this job or item was created (in unix
            epochs).
        expires: A timestamp when this operation and its associated images expire and
            will be deleted (in unix epochs).
        result: The result of the operation if the operation succeeded.
        status: (required, read-only) The state of a job or item.
        error: (read-only) Error content as defined in the Microsoft REST guidelines
            (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses).
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    id: str
    created: datetime.datetime
    expires: datetime.datetime | None = None
    result: OperationResponseResult | None = None
    status: State | str
    error: Error | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "expires",
            "result",
            "status",
            "error",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OperationResponse:
        """A OperationResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.id = _serde.required(data, "id")
        self.created = _serde.req_unixtime(data.get("created"))
        self.expires = _serde.opt_unixtime(data.get("expires"))
        self.result = _serde.opt(OperationResponseResult.from_dict, data.get("result"))
        self.status = _serde.req_enum(State, data.get("status"))
        self.error = _serde.opt(Error.from_dict, data.get("error"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created is not None:
            data["created"] = _serde.unixtime_to_wire(self.created)
        if self.expires is not None:
            data["expires"] = _serde.unixtime_to_wire(self.expires)
        if self.result is not None:
            data["result"] = self.result.to_dict(exclude_readonly=exclude_readonly)
        if self.status is not None and not exclude_readonly:
            data["status"] = _serde.enum_wire(self.status)
        if self.error is not None and not exclude_readonly:
            data["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class OperationResponseResult:
    """The result of the operation if the operation succeeded.

    Attributes:
        created: (required) A timestamp when this job or item was created (in unix
            epochs).
        data: (required) The result data of the operation, if successful
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    created: datetime.datetime
    data: list[ImageResult]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "created",
            "data",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OperationResponseResult:
        """A OperationResponseResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.created = _serde.req_unixtime(data.get("created"))
        self.data = _serde.req_list(ImageResult.from_dict, data.get("data"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created is not None:
            data["created"] = _serde.unixtime_to_wire(self.created)
        if self.data is not None:
            data["data"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.data
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


ImageResults: TypeAlias = list[ImageResult]
"""The result data of the operation, if successful"""
