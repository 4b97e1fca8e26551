# Generated from specs/azure-openai-inference/2023-06-01-preview/inference.json; do not edit (regenerate instead).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from . import _serde

__all__ = [
    "ChatCompletionChoiceCommon",
    "ChatCompletionsCreateResponse",
    "ChatCompletionsCreateResponseChoicesItem",
    "ChatCompletionsCreateResponseChoicesItemMessage",
    "ChatCompletionsCreateResponseChoicesItemMessageRole",
    "ChatCompletionsCreateResponseUsage",
    "ChatCompletionsRequestCommon",
    "ChatCompletionsResponseCommon",
    "ChatCompletionsResponseCommonUsage",
    "CompletionsCreateResponse",
    "CompletionsCreateResponseChoicesItem",
    "CompletionsCreateResponseChoicesItemLogprobs",
    "CompletionsCreateResponseUsage",
    "ContentFilterResult",
    "ContentFilterResults",
    "ContentFilterSeverity",
    "CreateBody",
    "CreateBody2MessagesItem",
    "CreateBody2MessagesItemRole",
    "CreateBody_",
    "CreateBody_2",
    "DataSource",
    "EmbeddingsCreateResponse",
    "EmbeddingsCreateResponseDataItem",
    "EmbeddingsCreateResponseUsage",
    "Error",
    "ErrorBase",
    "ErrorResponse",
    "ExtensionsChatCompletionChoice",
    "ExtensionsChatCompletionsRequest",
    "ExtensionsChatCompletionsResponse",
    "InnerError",
    "InnerErrorCode",
    "Message",
    "MessageRole",
    "PromptFilterResult",
    "PromptFilterResults",
]


class ChatCompletionsCreateResponseChoicesItemMessageRole(str, _serde.ExtensibleEnum):
    """The role of the author of this message.

    Extensible: values the service adds later are accepted as members too.
    """

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


class ContentFilterSeverity(str, _serde.ExtensibleEnum):
    """ContentFilterSeverity

    Extensible: values the service adds later are accepted as members too.
    """

    SAFE = "safe"
    """General content or related content in generic or non-harmful contexts."""
    LOW = "low"
    """Harmful content at a low intensity and risk level."""
    MEDIUM = "medium"
    """Harmful content at a medium intensity and risk level."""
    HIGH = "high"
    """Harmful content at a high intensity and risk level."""


class CreateBody2MessagesItemRole(str, _serde.ExtensibleEnum):
    """The role of the author of this message.

    Extensible: values the service adds later are accepted as members too.
    """

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


class InnerErrorCode(str, _serde.ExtensibleEnum):
    """Error codes for the inner error object.

    Extensible: values the service adds later are accepted as members too.
    """

    RESPONSIBLE_AI_POLICY_VIOLATION = "ResponsibleAIPolicyViolation"
    """The prompt violated one of more content filter rules."""


class MessageRole(str, _serde.ExtensibleEnum):
    """The role of the author of this message.

    Extensible: values the service adds later are accepted as members too.
    """

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"


@dataclass(kw_only=True, slots=True)
class ChatCompletionChoiceCommon:
    """ChatCompletionChoiceCommon

    Attributes:
        index: -
        finish_reason: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    index: int | None = None
    finish_reason: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "index",
            "finish_reason",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatCompletionChoiceCommon:
        """A ChatCompletionChoiceCommon from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.index = data.get("index")
        self.finish_reason = data.get("finish_reason")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.index is not None:
            data["index"] = self.index
        if self.finish_reason is not None:
            data["finish_reason"] = self.finish_reason
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ChatCompletionsCreateResponse:
    """ChatCompletionsCreateResponse

    Attributes:
        id: (required)
        object: (required)
        created: (required)
        model: (required)
        prompt_filter_results: Content filtering results for zero or more prompts in the
            request. In a streaming request, results for different prompts may arrive at
            different times or in different orders.
        choices: (required)
        usage: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    id: str
    object: str
    created: datetime.datetime
    model: str
    prompt_filter_results: list[PromptFilterResult] | None = None
    choices: list[ChatCompletionsCreateResponseChoicesItem]
    usage: ChatCompletionsCreateResponseUsage | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "object",
            "created",
            "model",
            "prompt_filter_results",
            "choices",
            "usage",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatCompletionsCreateResponse:
        """A ChatCompletionsCreateResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.id = _serde.required(data, "id")
        self.object = _serde.required(data, "object")
        self.created = _serde.req_unixtime(data.get("created"))
        self.model = _serde.required(data, "model")
        self.prompt_filter_results = _serde.opt_list(
            PromptFilterResult.from_dict, data.get("prompt_filter_results")
        )
        self.choices = _serde.req_list(
            ChatCompletionsCreateResponseChoicesItem.from_dict, data.get("choices")
        )
        self.usage = _serde.opt(
            ChatCompletionsCreateResponseUsage.from_dict, data.get("usage")
        )
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
        if self.object is not None:
            data["object"] = self.object
        if self.created is not None:
            data["created"] = _serde.unixtime_to_wire(self.created)
        if self.model is not None:
            data["model"] = self.model
        if self.prompt_filter_results is not None:
            data["prompt_filter_results"] = [
                _serde.model_wire(item, exclude_readonly)
                for item in self.prompt_filter_results
            ]
        if self.choices is not None:
            data["choices"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.choices
            ]
        if self.usage is not None:
            data["usage"] = self.usage.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ChatCompletionsCreateResponseChoicesItem:
    """ChatCompletionsCreateResponseChoicesItem

    Attributes:
        index: -
        message: -
        finish_reason: -
        content_filter_results: Information about the content filtering category (hate,
            sexual, violence, self_harm), if it has been detected, as well as the
            severity level (very_low, low, medium, high-scale that determines the
            intensity and risk level of harmful content) and if it has been filtered or
            not.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    index: int | None = None
    message: ChatCompletionsCreateResponseChoicesItemMessage | None = None
    finish_reason: str | None = None
    content_filter_results: ContentFilterResults | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "index",
            "message",
            "finish_reason",
            "content_filter_results",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> ChatCompletionsCreateResponseChoicesItem:
        """A ChatCompletionsCreateResponseChoicesItem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.index = data.get("index")
        self.message = _serde.opt(
            ChatCompletionsCreateResponseChoicesItemMessage.from_dict,
            data.get("message"),
        )
        self.finish_reason = data.get("finish_reason")
        self.content_filter_results = _serde.opt(
            ContentFilterResults.from_dict, data.get("content_filter_results")
        )
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.index is not None:
            data["index"] = self.index
        if self.message is not None:
            data["message"] = self.message.to_dict(exclude_readonly=exclude_readonly)
        if self.finish_reason is not None:
            data["finish_reason"] = self.finish_reason
        if self.content_filter_results is not None:
            data["content_filter_results"] = self.content_filter_results.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ChatCompletionsCreateResponseChoicesItemMessage:
    """ChatCompletionsCreateResponseChoicesItemMessage

    Attributes:
        role: (required) The role of the author of this message.
        content: (required) The contents of the message
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    role: ChatCompletionsCreateResponseChoicesItemMessageRole | str
    content: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
            "content",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> ChatCompletionsCreateResponseChoicesItemMessage:
        """A ChatCompletionsCreateResponseChoicesItemMessage from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.role = _serde.req_enum(
            ChatCompletionsCreateResponseChoicesItemMessageRole, data.get("role")
        )
        self.content = _serde.required(data, "content")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.role is not None:
            data["role"] = _serde.enum_wire(self.role)
        if self.content is not None:
            data["content"] = self.content
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ChatCompletionsCreateResponseUsage:
    """ChatCompletionsCreateResponseUsage

    Attributes:
        prompt_tokens: (required)
        completion_tokens: (required)
        total_tokens: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "prompt_tokens",
            "completion_tokens",
            "total_tokens",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatCompletionsCreateResponseUsage:
        """A ChatCompletionsCreateResponseUsage from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.prompt_tokens = _serde.required(data, "prompt_tokens")
        self.completion_tokens = _serde.required(data, "completion_tokens")
        self.total_tokens = _serde.required(data, "total_tokens")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.prompt_tokens is not None:
            data["prompt_tokens"] = self.prompt_tokens
        if self.completion_tokens is not None:
            data["completion_tokens"] = self.completion_tokens
        if self.total_tokens is not None:
            data["total_tokens"] = self.total_tokens
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ChatCompletionsRequestCommon:
    """ChatCompletionsRequestCommon

    Attributes:
        temperature: What sampling temperature to use, between 0 and 2. Higher values
            like 0.8 will make the output more random, while lower values like 0.2 will
            make it more focused and deterministic. We generally recommend altering this
            or `top_p` but not both. The service's default: 1.
        top_p: An alternative to sampling with temperature, called nucleus sampling,
            where the model considers the results of the tokens with top_p probability
            mass. So 0.1 means only the tokens comprising the top 10% probability mass
            are considered. We generally recommend altering this or `temperature` but
            not both. The service's default: 1.
        stream: If set, partial message deltas will be sent, like in ChatGPT. Tokens
            will be sent as data-only server-sent events as they become available, with
            the stream terminated by a `data: [DONE]` message. The service's default:
            false.
        stop: Up to 4 sequences where the API will stop generating further tokens.
        max_tokens: The maximum number of tokens allowed for the generated answer. By
            default, the number of tokens the model can return will be (4096 - prompt
            tokens). The service's default: 4096.
        presence_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on whether they appear in the text so far, increasing the
            model's likelihood to talk about new topics. The service's default: 0.
        frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on their existing frequency in the text so far, decreasing the
            model's likelihood to repeat the same line verbatim. The service's default:
            0.
        logit_bias: Modify the likelihood of specified tokens appearing in the
            completion. Accepts a json object that maps tokens (specified by their token
            ID in the tokenizer) to an associated bias value from -100 to 100.
            Mathematically, the bias is added to the logits generated by the model prior
            to sampling. The exact effect will vary per model, but values between -1 and
            1 should decrease or increase likelihood of selection; values like -100 or
            100 should result in a ban or exclusive selection of the relevant token.
        user: A unique identifier representing your end-user, which can help Azure
            OpenAI to monitor and detect abuse.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    temperature: float | None | _serde.Unset = _serde.UNSET
    top_p: float | None | _serde.Unset = _serde.UNSET
    stream: bool | None | _serde.Unset = _serde.UNSET
    stop: str | list[str] | None = None
    max_tokens: int | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    logit_bias: dict[str, Any] | None | _serde.Unset = _serde.UNSET
    user: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "temperature",
            "top_p",
            "stream",
            "stop",
            "max_tokens",
            "presence_penalty",
            "frequency_penalty",
            "logit_bias",
            "user",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatCompletionsRequestCommon:
        """A ChatCompletionsRequestCommon from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.temperature = _serde.nullable(_serde.identity, data, "temperature")
        self.top_p = _serde.nullable(_serde.identity, data, "top_p")
        self.stream = _serde.nullable(_serde.identity, data, "stream")
        self.stop = _serde.opt(
            _CHAT_COMPLETIONS_REQUEST_COMMON_STOP_ONE_OF, data.get("stop")
        )
        self.max_tokens = data.get("max_tokens")
        self.presence_penalty = data.get("presence_penalty")
        self.frequency_penalty = data.get("frequency_penalty")
        self.logit_bias = _serde.nullable(_serde.identity, data, "logit_bias")
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
        if not isinstance(self.temperature, _serde.Unset):
            data["temperature"] = self.temperature
        if not isinstance(self.top_p, _serde.Unset):
            data["top_p"] = self.top_p
        if not isinstance(self.stream, _serde.Unset):
            data["stream"] = self.stream
        if self.stop is not None:
            data["stop"] = _serde.one_of_to_wire(self.stop)
        if self.max_tokens is not None:
            data["max_tokens"] = self.max_tokens
        if self.presence_penalty is not None:
            data["presence_penalty"] = self.presence_penalty
        if self.frequency_penalty is not None:
            data["frequency_penalty"] = self.frequency_penalty
        if not isinstance(self.logit_bias, _serde.Unset):
            data["logit_bias"] = self.logit_bias
        if self.user is not None:
            data["user"] = self.user
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ChatCompletionsResponseCommon:
    """ChatCompletionsResponseCommon

    Attributes:
        id: (required)
        object: (required)
        created: (required)
        model: (required)
        usage: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    id: str
    object: str
    created: datetime.datetime
    model: str
    usage: ChatCompletionsResponseCommonUsage | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "object",
            "created",
            "model",
            "usage",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatCompletionsResponseCommon:
        """A ChatCompletionsResponseCommon from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.id = _serde.required(data, "id")
        self.object = _serde.required(data, "object")
        self.created = _serde.req_unixtime(data.get("created"))
        self.model = _serde.required(data, "model")
        self.usage = _serde.opt(
            ChatCompletionsResponseCommonUsage.from_dict, data.get("usage")
        )
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
        if self.object is not None:
            data["object"] = self.object
        if self.created is not None:
            data["created"] = _serde.unixtime_to_wire(self.created)
        if self.model is not None:
            data["model"] = self.model
        if self.usage is not None:
            data["usage"] = self.usage.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ChatCompletionsResponseCommonUsage:
    """ChatCompletionsResponseCommonUsage

    Attributes:
        prompt_tokens: (required)
        completion_tokens: (required)
        total_tokens: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "prompt_tokens",
            "completion_tokens",
            "total_tokens",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatCompletionsResponseCommonUsage:
        """A ChatCompletionsResponseCommonUsage from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.prompt_tokens = _serde.required(data, "prompt_tokens")
        self.completion_tokens = _serde.required(data, "completion_tokens")
        self.total_tokens = _serde.required(data, "total_tokens")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.prompt_tokens is not None:
            data["prompt_tokens"] = self.prompt_tokens
        if self.completion_tokens is not None:
            data["completion_tokens"] = self.completion_tokens
        if self.total_tokens is not None:
            data["total_tokens"] = self.total_tokens
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class CompletionsCreateResponse:
    """CompletionsCreateResponse

    Attributes:
        id: (required)
        object: (required)
        created: (required)
        model: (required)
        prompt_filter_results: Content filtering results for zero or more prompts in the
            request. In a streaming request, results for different prompts may arrive at
            different times or in different orders.
        choices: (required)
        usage: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    id: str
    object: str
    created: int
    model: str
    prompt_filter_results: list[PromptFilterResult] | None = None
    choices: list[CompletionsCreateResponseChoicesItem]
    usage: CompletionsCreateResponseUsage | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "object",
            "created",
            "model",
            "prompt_filter_results",
            "choices",
            "usage",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CompletionsCreateResponse:
        """A CompletionsCreateResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.id = _serde.required(data, "id")
        self.object = _serde.required(data, "object")
        self.created = _serde.required(data, "created")
        self.model = _serde.required(data, "model")
        self.prompt_filter_results = _serde.opt_list(
            PromptFilterResult.from_dict, data.get("prompt_filter_results")
        )
        self.choices = _serde.req_list(
            CompletionsCreateResponseChoicesItem.from_dict, data.get("choices")
        )
        self.usage = _serde.opt(
            CompletionsCreateResponseUsage.from_dict, data.get("usage")
        )
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
        if self.object is not None:
            data["object"] = self.object
        if self.created is not None:
            data["created"] = self.created
        if self.model is not None:
            data["model"] = self.model
        if self.prompt_filter_results is not None:
            data["prompt_filter_results"] = [
                _serde.model_wire(item, exclude_readonly)
                for item in self.prompt_filter_results
            ]
        if self.choices is not None:
            data["choices"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.choices
            ]
        if self.usage is not None:
            data["usage"] = self.usage.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class CompletionsCreateResponseChoicesItem:
    """CompletionsCreateResponseChoicesItem

    Attributes:
        text: -
        index: -
        logprobs: -
        finish_reason: -
        content_filter_results: Information about the content filtering category (hate,
            sexual, violence, self_harm), if it has been detected, as well as the
            severity level (very_low, low, medium, high-scale that determines the
            intensity and risk level of harmful content) and if it has been filtered or
            not.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    text: str | None = None
    index: int | None = None
    logprobs: CompletionsCreateResponseChoicesItemLogprobs | None | _serde.Unset = (
        _serde.UNSET
    )
    finish_reason: str | None = None
    content_filter_results: ContentFilterResults | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "index",
            "logprobs",
            "finish_reason",
            "content_filter_results",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CompletionsCreateResponseChoicesItem:
        """A CompletionsCreateResponseChoicesItem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.text = data.get("text")
        self.index = data.get("index")
        self.logprobs = _serde.nullable(
            CompletionsCreateResponseChoicesItemLogprobs.from_dict, data, "logprobs"
        )
        self.finish_reason = data.get("finish_reason")
        self.content_filter_results = _serde.opt(
            ContentFilterResults.from_dict, data.get("content_filter_results")
        )
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.text is not None:
            data["text"] = self.text
        if self.index is not None:
            data["index"] = self.index
        if not isinstance(self.logprobs, _serde.Unset):
            data["logprobs"] = (
                None
                if self.logprobs is None
                else self.logprobs.to_dict(exclude_readonly=exclude_readonly)
            )
        if self.finish_reason is not None:
            data["finish_reason"] = self.finish_reason
        if self.content_filter_results is not None:
            data["content_filter_results"] = self.content_filter_results.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class CompletionsCreateResponseChoicesItemLogprobs:
    """CompletionsCreateResponseChoicesItemLogprobs

    Attributes:
        tokens: -
        token_logprobs: -
        top_logprobs: -
        text_offset: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    tokens: list[str] | None = None
    token_logprobs: list[float] | None = None
    top_logprobs: list[dict[str, float]] | None = None
    text_offset: list[int] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "tokens",
            "token_logprobs",
            "top_logprobs",
            "text_offset",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> CompletionsCreateResponseChoicesItemLogprobs:
        """A CompletionsCreateResponseChoicesItemLogprobs from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.tokens = data.get("tokens")
        self.token_logprobs = data.get("token_logprobs")
        self.top_logprobs = data.get("top_logprobs")
        self.text_offset = data.get("text_offset")
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
        if self.token_logprobs is not None:
            data["token_logprobs"] = self.token_logprobs
        if self.top_logprobs is not None:
            data["top_logprobs"] = self.top_logprobs
        if self.text_offset is not None:
            data["text_offset"] = self.text_offset
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class CompletionsCreateResponseUsage:
    """CompletionsCreateResponseUsage

    Attributes:
        completion_tokens: (required)
        prompt_tokens: (required)
        total_tokens: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    completion_tokens: float
    prompt_tokens: float
    total_tokens: float
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "completion_tokens",
            "prompt_tokens",
            "total_tokens",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CompletionsCreateResponseUsage:
        """A CompletionsCreateResponseUsage from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.completion_tokens = _serde.required(data, "completion_tokens")
        self.prompt_tokens = _serde.required(data, "prompt_tokens")
        self.total_tokens = _serde.required(data, "total_tokens")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.completion_tokens is not None:
            data["completion_tokens"] = self.completion_tokens
        if self.prompt_tokens is not None:
            data["prompt_tokens"] = self.prompt_tokens
        if self.total_tokens is not None:
            data["total_tokens"] = self.total_tokens
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ContentFilterResult:
    """ContentFilterResult

    Attributes:
        severity: (required)
        filtered: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    severity: ContentFilterSeverity | str
    filtered: bool
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "severity",
            "filtered",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContentFilterResult:
        """A ContentFilterResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.severity = _serde.req_enum(ContentFilterSeverity, data.get("severity"))
        self.filtered = _serde.required(data, "filtered")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.severity is not None:
            data["severity"] = _serde.enum_wire(self.severity)
        if self.filtered is not None:
            data["filtered"] = self.filtered
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ContentFilterResults:
    """Information about the content filtering category (hate, sexual, violence,
    self_harm), if it has been detected, as well as the severity level (very_low, low,
    medium, high-scale that determines the intensity and risk level of harmful content)
    and if it has been filtered or not.

    Attributes:
        sexual: -
        violence: -
        hate: -
        self_harm: -
        error: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    sexual: ContentFilterResult | None = None
    violence: ContentFilterResult | None = None
    hate: ContentFilterResult | None = None
    self_harm: ContentFilterResult | None = None
    error: ErrorBase | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "sexual",
            "violence",
            "hate",
            "self_harm",
            "error",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContentFilterResults:
        """A ContentFilterResults from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.sexual = _serde.opt(ContentFilterResult.from_dict, data.get("sexual"))
        self.violence = _serde.opt(ContentFilterResult.from_dict, data.get("violence"))
        self.hate = _serde.opt(ContentFilterResult.from_dict, data.get("hate"))
        self.self_harm = _serde.opt(
            ContentFilterResult.from_dict, data.get("self_harm")
        )
        self.error = _serde.opt(ErrorBase.from_dict, data.get("error"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.sexual is not None:
            data["sexual"] = self.sexual.to_dict(exclude_readonly=exclude_readonly)
        if self.violence is not None:
            data["violence"] = self.violence.to_dict(exclude_readonly=exclude_readonly)
        if self.hate is not None:
            data["hate"] = self.hate.to_dict(exclude_readonly=exclude_readonly)
        if self.self_harm is not None:
            data["self_harm"] = self.self_harm.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.error is not None:
            data["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class CreateBody:
    """CreateBody

    Attributes:
        prompt: The prompt(s) to generate completions for, encoded as a string or array
            of strings. Note that <|endoftext|> is the document separator that the model
            sees during training, so if a prompt is not specified the model will
            generate as if from the beginning of a new document. Maximum allowed size of
            string list is 2048.
        max_tokens: The token count of your prompt plus max_tokens cannot exceed the
            model's context length. Most models have a context length of 2048 tokens
            (except for the newest models, which support 4096). Has minimum of 0. The
            service's default: 16.
        temperature: What sampling temperature to use. Higher values means the model
            will take more risks. Try 0.9 for more creative applications, and 0 (argmax
            sampling) for ones with a well-defined answer. We generally recommend
            altering this or top_p but not both. The service's default: 1.
        top_p: An alternative to sampling with temperature, called nucleus sampling,
            where the model considers the results of the tokens with top_p probability
            mass. So 0.1 means only the tokens comprising the top 10% probability mass
            are considered. We generally recommend altering this or temperature but not
            both. The service's default: 1.
        logit_bias: Defaults to null. Modify the likelihood of specified tokens
            appearing in the completion. Accepts a json object that maps tokens
            (specified by their token ID in the GPT tokenizer) to an associated bias
            value from -100 to 100. You can use this tokenizer tool (which works for
            both GPT-2 and GPT-3) to convert text to token IDs. Mathematically, the bias
            is added to the logits generated by the model prior to sampling. The exact
            effect will vary per model, but values between -1 and 1 should decrease or
            increase likelihood of selection; values like -100 or 100 should result in a
            ban or exclusive selection of the relevant token. As an example, you can
            pass {"50256" &#58; -100} to prevent the <|endoftext|> token from being
            generated.
        user: A unique identifier representing your end-user, which can help monitoring
            and detecting abuse
        n: How many completions to generate for each prompt. Minimum of 1 and maximum of
            128 allowed. Note: Because this parameter generates many completions, it can
            quickly consume your token quota. Use carefully and ensure that you have
            reasonable settings for max_tokens and stop. The service's default: 1.
        stream: Whether to stream back partial progress. If set, tokens will be sent as
            data-only server-sent events as they become available, with the stream
            terminated by a data: [DONE] message. The service's default: false.
        logprobs: Include the log probabilities on the logprobs most likely tokens, as
            well the chosen tokens. For example, if logprobs is 5, the API will return a
            list of the 5 most likely tokens. The API will always return the logprob of
            the sampled token, so there may be up to logprobs+1 elements in the
            response. Minimum of 0 and maximum of 5 allowed.
        suffix: The suffix that comes after a completion of inserted text.
        echo: Echo back the prompt in addition to the completion The service's default:
            false.
        stop: Up to 4 sequences where the API will stop generating further tokens. The
            returned text will not contain the stop sequence.
        completion_config: -
        presence_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on whether they appear in the text so far, increasing the
            model's likelihood to talk about new topics. The service's default: 0.
        frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on their existing frequency in the text so far, decreasing the
            model's likelihood to repeat the same line verbatim. The service's default:
            0.
        best_of: Generates best_of completions server-side and returns the "best" (the
            one with the highest log probability per token). Results cannot be streamed.
            When used with n, best_of controls the number of candidate completions and n
            specifies how many to return - best_of must be greater than n. Note: Because
            this parameter generates many completions, it can quickly consume your token
            quota. Use carefully and ensure that you have reasonable settings for
            max_tokens and stop. Has maximum value of 128.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    prompt: str | list[str] | None = None
    max_tokens: int | None | _serde.Unset = _serde.UNSET
    temperature: float | None | _serde.Unset = _serde.UNSET
    top_p: float | None | _serde.Unset = _serde.UNSET
    logit_bias: dict[str, Any] | None = None
    user: str | None = None
    n: int | None | _serde.Unset = _serde.UNSET
    stream: bool | None | _serde.Unset = _serde.UNSET
    logprobs: int | None | _serde.Unset = _serde.UNSET
    suffix: str | None | _serde.Unset = _serde.UNSET
    echo: bool | None | _serde.Unset = _serde.UNSET
    stop: str | list[str] | None = None
    completion_config: str | None | _serde.Unset = _serde.UNSET
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    best_of: int | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "prompt",
            "max_tokens",
            "temperature",
            "top_p",
            "logit_bias",
            "user",
            "n",
            "stream",
            "logprobs",
            "suffix",
            "echo",
            "stop",
            "completion_config",
            "presence_penalty",
            "frequency_penalty",
            "best_of",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateBody:
        """A CreateBody from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.prompt = _serde.opt(
            _CHAT_COMPLETIONS_REQUEST_COMMON_STOP_ONE_OF, data.get("prompt")
        )
        self.max_tokens = _serde.nullable(_serde.identity, data, "max_tokens")
        self.temperature = _serde.nullable(_serde.identity, data, "temperature")
        self.top_p = _serde.nullable(_serde.identity, data, "top_p")
        self.logit_bias = data.get("logit_bias")
        self.user = data.get("user")
        self.n = _serde.nullable(_serde.identity, data, "n")
        self.stream = _serde.nullable(_serde.identity, data, "stream")
        self.logprobs = _serde.nullable(_serde.identity, data, "logprobs")
        self.suffix = _serde.nullable(_serde.identity, data, "suffix")
        self.echo = _serde.nullable(_serde.identity, data, "echo")
        self.stop = _serde.opt(
            _CHAT_COMPLETIONS_REQUEST_COMMON_STOP_ONE_OF, data.get("stop")
        )
        self.completion_config = _serde.nullable(
            _serde.identity, data, "completion_config"
        )
        self.presence_penalty = data.get("presence_penalty")
        self.frequency_penalty = data.get("frequency_penalty")
        self.best_of = data.get("best_of")
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
            data["prompt"] = _serde.one_of_to_wire(self.prompt)
        if not isinstance(self.max_tokens, _serde.Unset):
            data["max_tokens"] = self.max_tokens
        if not isinstance(self.temperature, _serde.Unset):
            data["temperature"] = self.temperature
        if not isinstance(self.top_p, _serde.Unset):
            data["top_p"] = self.top_p
        if self.logit_bias is not None:
            data["logit_bias"] = self.logit_bias
        if self.user is not None:
            data["user"] = self.user
        if not isinstance(self.n, _serde.Unset):
            data["n"] = self.n
        if not isinstance(self.stream, _serde.Unset):
            data["stream"] = self.stream
        if not isinstance(self.logprobs, _serde.Unset):
            data["logprobs"] = self.logprobs
        if not isinstance(self.suffix, _serde.Unset):
            data["suffix"] = self.suffix
        if not isinstance(self.echo, _serde.Unset):
            data["echo"] = self.echo
        if self.stop is not None:
            data["stop"] = _serde.one_of_to_wire(self.stop)
        if not isinstance(self.completion_config, _serde.Unset):
            data["completion_config"] = self.completion_config
        if self.presence_penalty is not None:
            data["presence_penalty"] = self.presence_penalty
        if self.frequency_penalty is not None:
            data["frequency_penalty"] = self.frequency_penalty
        if self.best_of is not None:
            data["best_of"] = self.best_of
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class CreateBody2MessagesItem:
    """CreateBody2MessagesItem

    Attributes:
        role: (required) The role of the author of this message.
        content: (required) The contents of the message
        name: The name of the user in a multi-user chat
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    role: CreateBody2MessagesItemRole | str
    content: str
    name: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
            "content",
            "name",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateBody2MessagesItem:
        """A CreateBody2MessagesItem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.role = _serde.req_enum(CreateBody2MessagesItemRole, data.get("role"))
        self.content = _serde.required(data, "content")
        self.name = data.get("name")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.role is not None:
            data["role"] = _serde.enum_wire(self.role)
        if self.content is not None:
            data["content"] = self.content
        if self.name is not None:
            data["name"] = self.name
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class CreateBody_:
    """CreateBody_

    Attributes:
        input: (required) Input text to get embeddings for, encoded as a string. To get
            embeddings for multiple inputs in a single request, pass an array of
            strings. Each input must not exceed 2048 tokens in length. Unless you are
            embedding code, we suggest replacing newlines (\\n) in your input with a
            single space, as we have observed inferior results when newlines are
            present.
        user: A unique identifier representing your end-user, which can help monitoring
            and detecting abuse.
        input_type: input type of embedding search to use
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    input: str | list[str]
    user: str | None = None
    input_type: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "input",
            "user",
            "input_type",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateBody_:
        """A CreateBody_ from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.input = _serde.req(
            _CHAT_COMPLETIONS_REQUEST_COMMON_STOP_ONE_OF, data.get("input")
        )
        self.user = data.get("user")
        self.input_type = data.get("input_type")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.input is not None:
            data["input"] = _serde.one_of_to_wire(self.input)
        if self.user is not None:
            data["user"] = self.user
        if self.input_type is not None:
            data["input_type"] = self.input_type
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class CreateBody_2:
    """CreateBody_2

    Attributes:
        messages: (required) The messages to generate chat completions for, in the chat
            format.
        temperature: What sampling temperature to use, between 0 and 2. Higher values
            like 0.8 will make the output more random, while lower values like 0.2 will
            make it more focused and deterministic. We generally recommend altering this
            or `top_p` but not both. The service's default: 1.
        top_p: An alternative to sampling with temperature, called nucleus sampling,
            where the model considers the results of the tokens with top_p probability
            mass. So 0.1 means only the tokens comprising the top 10% probability mass
            are considered. We generally recommend altering this or `temperature` but
            not both. The service's default: 1.
        n: How many chat completion choices to generate for each input message. The
            service's default: 1.
        stream: If set, partial message deltas will be sent, like in ChatGPT. Tokens
            will be sent as data-only server-sent events as they become available, with
            the stream terminated by a `data: [DONE]` message. The service's default:
            false.
        stop: Up to 4 sequences where the API will stop generating further tokens.
        max_tokens: The maximum number of tokens allowed for the generated answer. By
            default, the number of tokens the model can return will be (4096 - prompt
            tokens). The service's default: 4096.
        presence_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on whether they appear in the text so far, increasing the
            model's likelihood to talk about new topics. The service's default: 0.
        frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on their existing frequency in the text so far, decreasing the
            model's likelihood to repeat the same line verbatim. The service's default:
            0.
        logit_bias: Modify the likelihood of specified tokens appearing in the
            completion. Accepts a json object that maps tokens (specified by their token
            ID in the tokenizer) to an associated bias value from -100 to 100.
            Mathematically, the bias is added to the logits generated by the model prior
            to sampling. The exact effect will vary per model, but values between -1 and
            1 should decrease or increase likelihood of selection; values like -100 or
            100 should result in a ban or exclusive selection of the relevant token.
        user: A unique identifier representing your end-user, which can help Azure
            OpenAI to monitor and detect abuse.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    messages: list[CreateBody2MessagesItem]
    temperature: float | None | _serde.Unset = _serde.UNSET
    top_p: float | None | _serde.Unset = _serde.UNSET
    n: int | None | _serde.Unset = _serde.UNSET
    stream: bool | None | _serde.Unset = _serde.UNSET
    stop: str | list[str] | None = None
    max_tokens: int | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    logit_bias: dict[str, Any] | None | _serde.Unset = _serde.UNSET
    user: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "messages",
            "temperature",
            "top_p",
            "n",
            "stream",
            "stop",
            "max_tokens",
            "presence_penalty",
            "frequency_penalty",
            "logit_bias",
            "user",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateBody_2:
        """A CreateBody_2 from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.messages = _serde.req_list(
            CreateBody2MessagesItem.from_dict, data.get("messages")
        )
        self.temperature = _serde.nullable(_serde.identity, data, "temperature")
        self.top_p = _serde.nullable(_serde.identity, data, "top_p")
        self.n = _serde.nullable(_serde.identity, data, "n")
        self.stream = _serde.nullable(_serde.identity, data, "stream")
        self.stop = _serde.opt(
            _CHAT_COMPLETIONS_REQUEST_COMMON_STOP_ONE_OF, data.get("stop")
        )
        self.max_tokens = data.get("max_tokens")
        self.presence_penalty = data.get("presence_penalty")
        self.frequency_penalty = data.get("frequency_penalty")
        self.logit_bias = _serde.nullable(_serde.identity, data, "logit_bias")
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
        if self.messages is not None:
            data["messages"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.messages
            ]
        if not isinstance(self.temperature, _serde.Unset):
            data["temperature"] = self.temperature
        if not isinstance(self.top_p, _serde.Unset):
            data["top_p"] = self.top_p
        if not isinstance(self.n, _serde.Unset):
            data["n"] = self.n
        if not isinstance(self.stream, _serde.Unset):
            data["stream"] = self.stream
        if self.stop is not None:
            data["stop"] = _serde.one_of_to_wire(self.stop)
        if self.max_tokens is not None:
            data["max_tokens"] = self.max_tokens
        if self.presence_penalty is not None:
            data["presence_penalty"] = self.presence_penalty
        if self.frequency_penalty is not None:
            data["frequency_penalty"] = self.frequency_penalty
        if not isinstance(self.logit_bias, _serde.Unset):
            data["logit_bias"] = self.logit_bias
        if self.user is not None:
            data["user"] = self.user
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class DataSource:
    """The data source to be used for the Azure OpenAI on your data feature.

    Attributes:
        type: (required) The data source type.
        parameters: The parameters to be used for the data source in runtime.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    type: str
    parameters: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "parameters",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DataSource:
        """A DataSource from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.type = _serde.required(data, "type")
        self.parameters = data.get("parameters")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.type is not None:
            data["type"] = self.type
        if self.parameters is not None:
            data["parameters"] = self.parameters
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class EmbeddingsCreateResponse:
    """EmbeddingsCreateResponse

    Attributes:
        object: (required)
        model: (required)
        data: (required)
        usage: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    object: str
    model: str
    data: list[EmbeddingsCreateResponseDataItem]
    usage: EmbeddingsCreateResponseUsage
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "model",
            "data",
            "usage",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EmbeddingsCreateResponse:
        """A EmbeddingsCreateResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.object = _serde.required(data, "object")
        self.model = _serde.required(data, "model")
        self.data = _serde.req_list(
            EmbeddingsCreateResponseDataItem.from_dict, data.get("data")
        )
        self.usage = _serde.req(
            EmbeddingsCreateResponseUsage.from_dict, data.get("usage")
        )
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.object is not None:
            data["object"] = self.object
        if self.model is not None:
            data["model"] = self.model
        if self.data is not None:
            data["data"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.data
            ]
        if self.usage is not None:
            data["usage"] = self.usage.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class EmbeddingsCreateResponseDataItem:
    """EmbeddingsCreateResponseDataItem

    Attributes:
        index: (required)
        object: (required)
        embedding: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    index: int
    object: str
    embedding: list[float]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "index",
            "object",
            "embedding",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EmbeddingsCreateResponseDataItem:
        """A EmbeddingsCreateResponseDataItem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.index = _serde.required(data, "index")
        self.object = _serde.required(data, "object")
        self.embedding = _serde.required(data, "embedding")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.index is not None:
            data["index"] = self.index
        if self.object is not None:
            data["object"] = self.object
        if self.embedding is not None:
            data["embedding"] = self.embedding
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class EmbeddingsCreateResponseUsage:
    """EmbeddingsCreateResponseUsage

    Attributes:
        prompt_tokens: (required)
        total_tokens: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    prompt_tokens: int
    total_tokens: int
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "prompt_tokens",
            "total_tokens",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EmbeddingsCreateResponseUsage:
        """A EmbeddingsCreateResponseUsage from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.prompt_tokens = _serde.required(data, "prompt_tokens")
        self.total_tokens = _serde.required(data, "total_tokens")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.prompt_tokens is not None:
            data["prompt_tokens"] = self.prompt_tokens
        if self.total_tokens is not None:
            data["total_tokens"] = self.total_tokens
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ErrorBase:
    """ErrorBase

    Attributes:
        code: -
        message: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    code: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorBase:
        """A ErrorBase from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.code = data.get("code")
        self.message = data.get("message")
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
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Error(ErrorBase):
    """Error

    Attributes:
        code: -
        message: -
        param: -
        type: -
        inner_error: Inner error with additional details.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    param: str | None = None
    type: str | None = None
    inner_error: InnerError | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
            "param",
            "type",
            "inner_error",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """A Error from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.code = data.get("code")
        self.message = data.get("message")
        self.param = data.get("param")
        self.type = data.get("type")
        self.inner_error = _serde.opt(InnerError.from_dict, data.get("inner_error"))
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
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        if self.param is not None:
            data["param"] = self.param
        if self.type is not None:
            data["type"] = self.type
        if self.inner_error is not None:
            data["inner_error"] = self.inner_error.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ErrorResponse:
    """ErrorResponse

    Attributes:
        error: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    error: Error | None = None
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
        if self.error is not None:
            data["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ExtensionsChatCompletionChoice(ChatCompletionChoiceCommon):
    """ExtensionsChatCompletionChoice

    Attributes:
        index: -
        finish_reason: -
        messages: The list of messages returned by the service.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    messages: list[Message] | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "index",
            "finish_reason",
            "messages",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExtensionsChatCompletionChoice:
        """A ExtensionsChatCompletionChoice from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.index = data.get("index")
        self.finish_reason = data.get("finish_reason")
        self.messages = _serde.opt_list(Message.from_dict, data.get("messages"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.index is not None:
            data["index"] = self.index
        if self.finish_reason is not None:
            data["finish_reason"] = self.finish_reason
        if self.messages is not None:
            data["messages"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.messages
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ExtensionsChatCompletionsRequest(ChatCompletionsRequestCommon):
    """Request for the chat completions using extensions

    Attributes:
        temperature: What sampling temperature to use, between 0 and 2. Higher values
            like 0.8 will make the output more random, while lower values like 0.2 will
            make it more focused and deterministic. We generally recommend altering this
            or `top_p` but not both. The service's default: 1.
        top_p: An alternative to sampling with temperature, called nucleus sampling,
            where the model considers the results of the tokens with top_p probability
            mass. So 0.1 means only the tokens comprising the top 10% probability mass
            are considered. We generally recommend altering this or `temperature` but
            not both. The service's default: 1.
        stream: If set, partial message deltas will be sent, like in ChatGPT. Tokens
            will be sent as data-only server-sent events as they become available, with
            the stream terminated by a `data: [DONE]` message. The service's default:
            false.
        stop: Up to 4 sequences where the API will stop generating further tokens.
        max_tokens: The maximum number of tokens allowed for the generated answer. By
            default, the number of tokens the model can return will be (4096 - prompt
            tokens). The service's default: 4096.
        presence_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on whether they appear in the text so far, increasing the
            model's likelihood to talk about new topics. The service's default: 0.
        frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new
            tokens based on their existing frequency in the text so far, decreasing the
            model's likelihood to repeat the same line verbatim. The service's default:
            0.
        logit_bias: Modify the likelihood of specified tokens appearing in the
            completion. Accepts a json object that maps tokens (specified by their token
            ID in the tokenizer) to an associated bias value from -100 to 100.
            Mathematically, the bias is added to the logits generated by the model prior
            to sampling. The exact effect will vary per model, but values between -1 and
            1 should decrease or increase likelihood of selection; values like -100 or
            100 should result in a ban or exclusive selection of the relevant token.
        user: A unique identifier representing your end-user, which can help Azure
            OpenAI to monitor and detect abuse.
        messages: (required)
        data_sources: The data sources to be used for the Azure OpenAI on your data
            feature.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    messages: list[Message]
    data_sources: list[DataSource] | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "temperature",
            "top_p",
            "stream",
            "stop",
            "max_tokens",
            "presence_penalty",
            "frequency_penalty",
            "logit_bias",
            "user",
            "messages",
            "dataSources",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExtensionsChatCompletionsRequest:
        """A ExtensionsChatCompletionsRequest from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.temperature = _serde.nullable(_serde.identity, data, "temperature")
        self.top_p = _serde.nullable(_serde.identity, data, "top_p")
        self.stream = _serde.nullable(_serde.identity, data, "stream")
        self.stop = _serde.opt(
            _CHAT_COMPLETIONS_REQUEST_COMMON_STOP_ONE_OF, data.get("stop")
        )
        self.max_tokens = data.get("max_tokens")
        self.presence_penalty = data.get("presence_penalty")
        self.frequency_penalty = data.get("frequency_penalty")
        self.logit_bias = _serde.nullable(_serde.identity, data, "logit_bias")
        self.user = data.get("user")
        self.messages = _serde.req_list(Message.from_dict, data.get("messages"))
        self.data_sources = _serde.opt_list(
            DataSource.from_dict, data.get("dataSources")
        )
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.temperature, _serde.Unset):
            data["temperature"] = self.temperature
        if not isinstance(self.top_p, _serde.Unset):
            data["top_p"] = self.top_p
        if not isinstance(self.stream, _serde.Unset):
            data["stream"] = self.stream
        if self.stop is not None:
            data["stop"] = _serde.one_of_to_wire(self.stop)
        if self.max_tokens is not None:
            data["max_tokens"] = self.max_tokens
        if self.presence_penalty is not None:
            data["presence_penalty"] = self.presence_penalty
        if self.frequency_penalty is not None:
            data["frequency_penalty"] = self.frequency_penalty
        if not isinstance(self.logit_bias, _serde.Unset):
            data["logit_bias"] = self.logit_bias
        if self.user is not None:
            data["user"] = self.user
        if self.messages is not None:
            data["messages"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.messages
            ]
        if self.data_sources is not None:
            data["dataSources"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.data_sources
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ExtensionsChatCompletionsResponse(ChatCompletionsResponseCommon):
    """The response of the extensions chat completions.

    Attributes:
        id: (required)
        object: (required)
        created: (required)
        model: (required)
        usage: -
        choices: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    choices: list[ExtensionsChatCompletionChoice] | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "object",
            "created",
            "model",
            "usage",
            "choices",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExtensionsChatCompletionsResponse:
        """A ExtensionsChatCompletionsResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.id = _serde.required(data, "id")
        self.object = _serde.required(data, "object")
        self.created = _serde.req_unixtime(data.get("created"))
        self.model = _serde.required(data, "model")
        self.usage = _serde.opt(
            ChatCompletionsResponseCommonUsage.from_dict, data.get("usage")
        )
        self.choices = _serde.opt_list(
            ExtensionsChatCompletionChoice.from_dict, data.get("choices")
        )
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
        if self.object is not None:
            data["object"] = self.object
        if self.created is not None:
            data["created"] = _serde.unixtime_to_wire(self.created)
        if self.model is not None:
            data["model"] = self.model
        if self.usage is not None:
            data["usage"] = self.usage.to_dict(exclude_readonly=exclude_readonly)
        if self.choices is not None:
            data["choices"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.choices
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class InnerError:
    """Inner error with additional details.

    Attributes:
        code: Error codes for the inner error object.
        content_filter_results: Information about the content filtering category (hate,
            sexual, violence, self_harm), if it has been detected, as well as the
            severity level (very_low, low, medium, high-scale that determines the
            intensity and risk level of harmful content) and if it has been filtered or
            not.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    code: InnerErrorCode | str | None = None
    content_filter_results: ContentFilterResults | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "content_filter_results",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InnerError:
        """A InnerError from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.code = _serde.opt_enum(InnerErrorCode, data.get("code"))
        self.content_filter_results = _serde.opt(
            ContentFilterResults.from_dict, data.get("content_filter_results")
        )
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
        if self.content_filter_results is not None:
            data["content_filter_results"] = self.content_filter_results.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Message:
    """A chat message.

    Attributes:
        index: The index of the message in the conversation.
        role: (required) The role of the author of this message.
        recipient: The recipient of the message in the format of
            <namespace>.<operation>. Present if and only if the recipient is tool.
        content: (required) The contents of the message
        end_turn: Whether the message ends the turn.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    index: int | None = None
    role: MessageRole | str
    recipient: str | None = None
    content: str
    end_turn: bool | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "index",
            "role",
            "recipient",
            "content",
            "end_turn",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Message:
        """A Message from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.index = data.get("index")
        self.role = _serde.req_enum(MessageRole, data.get("role"))
        self.recipient = data.get("recipient")
        self.content = _serde.required(data, "content")
        self.end_turn = data.get("end_turn")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.index is not None:
            data["index"] = self.index
        if self.role is not None:
            data["role"] = _serde.enum_wire(self.role)
        if self.recipient is not None:
            data["recipient"] = self.recipient
        if self.content is not None:
            data["content"] = self.content
        if self.end_turn is not None:
            data["end_turn"] = self.end_turn
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class PromptFilterResult:
    """Content filtering results for a single prompt in the request.

    Attributes:
        prompt_index: -
        content_filter_results: Information about the content filtering category (hate,
            sexual, violence, self_harm), if it has been detected, as well as the
            severity level (very_low, low, medium, high-scale that determines the
            intensity and risk level of harmful content) and if it has been filtered or
            not.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    prompt_index: int | None = None
    content_filter_results: ContentFilterResults | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "prompt_index",
            "content_filter_results",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PromptFilterResult:
        """A PromptFilterResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.prompt_index = data.get("prompt_index")
        self.content_filter_results = _serde.opt(
            ContentFilterResults.from_dict, data.get("content_filter_results")
        )
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.prompt_index is not None:
            data["prompt_index"] = self.prompt_index
        if self.content_filter_results is not None:
            data["content_filter_results"] = self.content_filter_results.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


PromptFilterResults: TypeAlias = list[PromptFilterResult]
"""Content filtering results for zero or more prompts in the request. In a streaming
request, results for different prompts may arrive at different times or in different
orders.
"""


# Readers of the values of oneOf/anyOf schemas (see _serde.OneOf).
_CHAT_COMPLETIONS_REQUEST_COMMON_STOP_ONE_OF: _serde.OneOf[str | list[str]] = (
    _serde.OneOf((_serde.Choice("string"), _serde.Choice("array")))
)
