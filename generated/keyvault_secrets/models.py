# Generated from specs/azure-rest/keyvault/data-plane/Microsoft.KeyVault/stable/7.4/secrets.json; do not edit (regenerate instead).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from . import _serde

__all__ = [
    "Attributes",
    "BackupSecretResult",
    "DeletedSecretBundle",
    "DeletedSecretItem",
    "DeletedSecretListResult",
    "DeletionRecoveryLevel",
    "Error",
    "KeyVaultError",
    "SecretAttributes",
    "SecretBundle",
    "SecretItem",
    "SecretListResult",
    "SecretProperties",
    "SecretRestoreParameters",
    "SecretSetParameters",
    "SecretUpdateParameters",
]


class DeletionRecoveryLevel(str, _serde.ExtensibleEnum):
    """Reflects the deletion recovery level currently in effect for secrets in the
    current vault. If it contains 'Purgeable', the secret can be permanently deleted by
    a privileged user; otherwise, only the system can purge the secret, at the end of
    the retention interval.

    Extensible: values the service adds later are accepted as members too.
    """

    PURGEABLE = "Purgeable"
    """Denotes a vault state in which deletion is an irreversible operation, without the
    possibility for recovery. This level corresponds to no protection being available
    against a Delete operation; the data is irretrievably lost upon accepting a Delete
    operation at the entity level or higher (vault, resource group, subscription etc.)
    """
    RECOVERABLE_PURGEABLE = "Recoverable+Purgeable"
    """Denotes a vault state in which deletion is recoverable, and which also permits
    immediate and permanent deletion (i.e. purge). This level guarantees the
    recoverability of the deleted entity during the retention interval (90 days), unless
    a Purge operation is requested, or the subscription is cancelled. System wil
    permanently delete it after 90 days, if not recovered
    """
    RECOVERABLE = "Recoverable"
    """Denotes a vault state in which deletion is recoverable without the possibility
    for immediate and permanent deletion (i.e. purge). This level guarantees the
    recoverability of the deleted entity during the retention interval(90 days) and
    while the subscription is still available. System wil permanently delete it after 90
    days, if not recovered
    """
    RECOVERABLE_PROTECTED_SUBSCRIPTION = "Recoverable+ProtectedSubscription"
    """Denotes a vault and subscription state in which deletion is recoverable within
    retention interval (90 days), immediate and permanent deletion (i.e. purge) is not
    permitted, and in which the subscription itself  cannot be permanently canceled.
    System wil permanently delete it after 90 days, if not recovered
    """
    CUSTOMIZED_RECOVERABLE_PURGEABLE = "CustomizedRecoverable+Purgeable"
    """Denotes a vault state in which deletion is recoverable, and which also permits
    immediate and permanent deletion (i.e. purge when 7<= SoftDeleteRetentionInDays <
    90). This level guarantees the recoverability of the deleted entity during the
    retention interval, unless a Purge operation is requested, or the subscription is
    cancelled.
    """
    CUSTOMIZED_RECOVERABLE = "CustomizedRecoverable"
    """Denotes a vault state in which deletion is recoverable without the possibility
    for immediate and permanent deletion (i.e. purge when 7<= SoftDeleteRetentionInDays
    < 90).This level guarantees the recoverability of the deleted entity during the
    retention interval and while the subscription is still available.
    """
    CUSTOMIZED_RECOVERABLE_PROTECTED_SUBSCRIPTION = (
        "CustomizedRecoverable+ProtectedSubscription"
    )
    """Denotes a vault and subscription state in which deletion is recoverable,
    immediate and permanent deletion (i.e. purge) is not permitted, and in which the
    subscription itself cannot be permanently canceled when 7<=
    SoftDeleteRetentionInDays < 90. This level guarantees the recoverability of the
    deleted entity during the retention interval, and also reflects the fact that the
    subscription itself cannot be cancelled.
    """


@dataclass(kw_only=True, slots=True)
class Attributes:
    """The object attributes managed by the KeyVault service.

    Attributes:
        enabled: Determines whether the object is enabled.
        not_before: Not before date in UTC.
        expires: Expiry date in UTC.
        created: (read-only) Creation time in UTC.
        updated: (read-only) Last updated time in UTC.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    enabled: bool | None = None
    not_before: datetime.datetime | None = None
    expires: datetime.datetime | None = None
    created: datetime.datetime | None = None
    updated: datetime.datetime | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "enabled",
            "nbf",
            "exp",
            "created",
            "updated",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Attributes:
        """A Attributes from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.enabled = data.get("enabled")
        self.not_before = _serde.opt_unixtime(data.get("nbf"))
        self.expires = _serde.opt_unixtime(data.get("exp"))
        self.created = _serde.opt_unixtime(data.get("created"))
        self.updated = _serde.opt_unixtime(data.get("updated"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.not_before is not None:
            data["nbf"] = _serde.unixtime_to_wire(self.not_before)
        if self.expires is not None:
            data["exp"] = _serde.unixtime_to_wire(self.expires)
        if self.created is not None and not exclude_readonly:
            data["created"] = _serde.unixtime_to_wire(self.created)
        if self.updated is not None and not exclude_readonly:
            data["updated"] = _serde.unixtime_to_wire(self.updated)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class BackupSecretResult:
    """The backup secret result, containing the backup blob.

    Attributes:
        value: (read-only) The backup blob containing the backed up secret.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    value: bytes | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BackupSecretResult:
        """A BackupSecretResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.value = _serde.opt(_serde.base64url_bytes, data.get("value"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.value is not None and not exclude_readonly:
            data["value"] = _serde.base64url_bytes_to_wire(self.value)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SecretBundle:
    """A secret consisting of a value, id and its attributes.

    Attributes:
        value: The secret value.
        id: The secret id.
        content_type: The content type of the secret.
        attributes: The secret management attributes.
        tags: Application specific metadata in the form of key-value pairs.
        kid: (read-only) If this is a secret backing a KV certificate, then this field
            specifies the corresponding key backing the KV certificate.
        managed: (read-only) True if the secret's lifetime is managed by key vault. If
            this is a secret backing a certificate, then managed will be true.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    value: str | None = None
    id: str | None = None
    content_type: str | None = None
    attributes: SecretAttributes | None = None
    tags: dict[str, str] | None = None
    kid: str | None = None
    managed: bool | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "id",
            "contentType",
            "attributes",
            "tags",
            "kid",
            "managed",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecretBundle:
        """A SecretBundle from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.value = data.get("value")
        self.id = data.get("id")
        self.content_type = data.get("contentType")
        self.attributes = _serde.opt(SecretAttributes.from_dict, data.get("attributes"))
        self.tags = data.get("tags")
        self.kid = data.get("kid")
        self.managed = data.get("managed")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.value is not None:
            data["value"] = self.value
        if self.id is not None:
            data["id"] = self.id
        if self.content_type is not None:
            data["contentType"] = self.content_type
        if self.attributes is not None:
            data["attributes"] = self.attributes.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.tags is not None:
            data["tags"] = self.tags
        if self.kid is not None and not exclude_readonly:
            data["kid"] = self.kid
        if self.managed is not None and not exclude_readonly:
            data["managed"] = self.managed
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class DeletedSecretBundle(SecretBundle):
    """A Deleted Secret consisting of its previous id, attributes and its tags, as well
    as information on when it will be purged.

    Attributes:
        value: The secret value.
        id: The secret id.
        content_type: The content type of the secret.
        attributes: The secret management attributes.
        tags: Application specific metadata in the form of key-value pairs.
        kid: (read-only) If this is a secret backing a KV certificate, then this field
            specifies the corresponding key backing the KV certificate.
        managed: (read-only) True if the secret's lifetime is managed by key vault. If
            this is a secret backing a certificate, then managed will be true.
        recovery_id: The url of the recovery object, used to identify and recover the
            deleted secret.
        scheduled_purge_date: (read-only) The time when the secret is scheduled to be
            purged, in UTC
        deleted_date: (read-only) The time when the secret was deleted, in UTC
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    recovery_id: str | None = None
    scheduled_purge_date: datetime.datetime | None = None
    deleted_date: datetime.datetime | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "id",
            "contentType",
            "attributes",
            "tags",
            "kid",
            "managed",
            "recoveryId",
            "scheduledPurgeDate",
            "deletedDate",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeletedSecretBundle:
        """A DeletedSecretBundle from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.value = data.get("value")
        self.id = data.get("id")
        self.content_type = data.get("contentType")
        self.attributes = _serde.opt(SecretAttributes.from_dict, data.get("attributes"))
        self.tags = data.get("tags")
        self.kid = data.get("kid")
        self.managed = data.get("managed")
        self.recovery_id = data.get("recoveryId")
        self.scheduled_purge_date = _serde.opt_unixtime(data.get("scheduledPurgeDate"))
        self.deleted_date = _serde.opt_unixtime(data.get("deletedDate"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.value is not None:
            data["value"] = self.value
        if self.id is not None:
            data["id"] = self.id
        if self.content_type is not None:
            data["contentType"] = self.content_type
        if self.attributes is not None:
            data["attributes"] = self.attributes.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.tags is not None:
            data["tags"] = self.tags
        if self.kid is not None and not exclude_readonly:
            data["kid"] = self.kid
        if self.managed is not None and not exclude_readonly:
            data["managed"] = self.managed
        if self.recovery_id is not None:
            data["recoveryId"] = self.recovery_id
        if self.scheduled_purge_date is not None and not exclude_readonly:
            data["scheduledPurgeDate"] = _serde.unixtime_to_wire(
                self.scheduled_purge_date
            )
        if self.deleted_date is not None and not exclude_readonly:
            data["deletedDate"] = _serde.unixtime_to_wire(self.deleted_date)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SecretItem:
    """The secret item containing secret metadata.

    Attributes:
        id: Secret identifier.
        attributes: The secret management attributes.
        tags: Application specific metadata in the form of key-value pairs.
        content_type: Type of the secret value such as a password.
        managed: (read-only) True if the secret's lifetime is managed by key vault. If
            this is a key backing a certificate, then managed will be true.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    id: str | None = None
    attributes: SecretAttributes | None = None
    tags: dict[str, str] | None = None
    content_type: str | None = None
    managed: bool | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "attributes",
            "tags",
            "contentType",
            "managed",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecretItem:
        """A SecretItem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.id = data.get("id")
        self.attributes = _serde.opt(SecretAttributes.from_dict, data.get("attributes"))
        self.tags = data.get("tags")
        self.content_type = data.get("contentType")
        self.managed = data.get("managed")
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
        if self.attributes is not None:
            data["attributes"] = self.attributes.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.tags is not None:
            data["tags"] = self.tags
        if self.content_type is not None:
            data["contentType"] = self.content_type
        if self.managed is not None and not exclude_readonly:
            data["managed"] = self.managed
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class DeletedSecretItem(SecretItem):
    """The deleted secret item containing metadata about the deleted secret.

    Attributes:
        id: Secret identifier.
        attributes: The secret management attributes.
        tags: Application specific metadata in the form of key-value pairs.
        content_type: Type of the secret value such as a password.
        managed: (read-only) True if the secret's lifetime is managed by key vault. If
            this is a key backing a certificate, then managed will be true.
        recovery_id: The url of the recovery object, used to identify and recover the
            deleted secret.
        scheduled_purge_date: (read-only) The time when the secret is scheduled to be
            purged, in UTC
        deleted_date: (read-only) The time when the secret was deleted, in UTC
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    recovery_id: str | None = None
    scheduled_purge_date: datetime.datetime | None = None
    deleted_date: datetime.datetime | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "attributes",
            "tags",
            "contentType",
            "managed",
            "recoveryId",
            "scheduledPurgeDate",
            "deletedDate",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeletedSecretItem:
        """A DeletedSecretItem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.id = data.get("id")
        self.attributes = _serde.opt(SecretAttributes.from_dict, data.get("attributes"))
        self.tags = data.get("tags")
        self.content_type = data.get("contentType")
        self.managed = data.get("managed")
        self.recovery_id = data.get("recoveryId")
        self.scheduled_purge_date = _serde.opt_unixtime(data.get("scheduledPurgeDate"))
        self.deleted_date = _serde.opt_unixtime(data.get("deletedDate"))
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
        if self.attributes is not None:
            data["attributes"] = self.attributes.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.tags is not None:
            data["tags"] = self.tags
        if self.content_type is not None:
            data["contentType"] = self.content_type
        if self.managed is not None and not exclude_readonly:
            data["managed"] = self.managed
        if self.recovery_id is not None:
            data["recoveryId"] = self.recovery_id
        if self.scheduled_purge_date is not None and not exclude_readonly:
            data["scheduledPurgeDate"] = _serde.unixtime_to_wire(
                self.scheduled_purge_date
            )
        if self.deleted_date is not None and not exclude_readonly:
            data["deletedDate"] = _serde.unixtime_to_wire(self.deleted_date)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class DeletedSecretListResult:
    """The deleted secret list result

    Attributes:
        value: (read-only) A response message containing a list of the deleted secrets
            in the vault along with a link to the next page of deleted secrets
        next_link: (read-only) The URL to get the next set of deleted secrets.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    value: list[DeletedSecretItem] | None = None
    next_link: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "nextLink",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeletedSecretListResult:
        """A DeletedSecretListResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.value = _serde.opt_list(DeletedSecretItem.from_dict, data.get("value"))
        self.next_link = data.get("nextLink")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.value is not None and not exclude_readonly:
            data["value"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.value
            ]
        if self.next_link is not None and not exclude_readonly:
            data["nextLink"] = self.next_link
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Error:
    """The key vault server error.

    Attributes:
        code: (read-only) The error code.
        message: (read-only) The error message.
        inner_error: (read-only) The key vault server error.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    code: str | None = None
    message: str | None = None
    inner_error: Error | None | _serde.Unset = _serde.UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
            "innererror",
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
        self.inner_error = _serde.nullable(Error.from_dict, data, "innererror")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None and not exclude_readonly:
            data["code"] = self.code
        if self.message is not None and not exclude_readonly:
            data["message"] = self.message
        if not isinstance(self.inner_error, _serde.Unset) and not exclude_readonly:
            data["innererror"] = (
                None
                if self.inner_error is None
                else self.inner_error.to_dict(exclude_readonly=exclude_readonly)
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class KeyVaultError:
    """The key vault error exception.

    Attributes:
        error: (read-only) The key vault server error.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    error: Error | None | _serde.Unset = _serde.UNSET
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
    def from_dict(cls, data: Mapping[str, Any]) -> KeyVaultError:
        """A KeyVaultError from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.error = _serde.nullable(Error.from_dict, data, "error")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.error, _serde.Unset) and not exclude_readonly:
            data["error"] = (
                None
                if self.error is None
                else self.error.to_dict(exclude_readonly=exclude_readonly)
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SecretAttributes(Attributes):
    """The secret management attributes.

    Attributes:
        enabled: Determines whether the object is enabled.
        not_before: Not before date in UTC.
        expires: Expiry date in UTC.
        created: (read-only) Creation time in UTC.
        updated: (read-only) Last updated time in UTC.
        recoverable_days: (read-only) softDelete data retention days. Value should be
            >=7 and <=90 when softDelete enabled, otherwise 0.
        recovery_level: (read-only) Reflects the deletion recovery level currently in
            effect for secrets in the current vault. If it contains 'Purgeable', the
            secret can be permanently deleted by a privileged user; otherwise, only the
            system can purge the secret, at the end of the retention interval.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    recoverable_days: int | None = None
    recovery_level: DeletionRecoveryLevel | str | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "enabled",
            "nbf",
            "exp",
            "created",
            "updated",
            "recoverableDays",
            "recoveryLevel",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecretAttributes:
        """A SecretAttributes from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.enabled = data.get("enabled")
        self.not_before = _serde.opt_unixtime(data.get("nbf"))
        self.expires = _serde.opt_unixtime(data.get("exp"))
        self.created = _serde.opt_unixtime(data.get("created"))
        self.updated = _serde.opt_unixtime(data.get("updated"))
        self.recoverable_days = data.get("recoverableDays")
        self.recovery_level = _serde.opt_enum(
            DeletionRecoveryLevel, data.get("recoveryLevel")
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
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.not_before is not None:
            data["nbf"] = _serde.unixtime_to_wire(self.not_before)
        if self.expires is not None:
            data["exp"] = _serde.unixtime_to_wire(self.expires)
        if self.created is not None and not exclude_readonly:
            data["created"] = _serde.unixtime_to_wire(self.created)
        if self.updated is not None and not exclude_readonly:
            data["updated"] = _serde.unixtime_to_wire(self.updated)
        if self.recoverable_days is not None and not exclude_readonly:
            data["recoverableDays"] = self.recoverable_days
        if self.recovery_level is not None and not exclude_readonly:
            data["recoveryLevel"] = _serde.enum_wire(self.recovery_level)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SecretListResult:
    """The secret list result.

    Attributes:
        value: (read-only) A response message containing a list of secrets in the key
            vault along with a link to the next page of secrets.
        next_link: (read-only) The URL to get the next set of secrets.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    value: list[SecretItem] | None = None
    next_link: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "nextLink",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecretListResult:
        """A SecretListResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.value = _serde.opt_list(SecretItem.from_dict, data.get("value"))
        self.next_link = data.get("nextLink")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.value is not None and not exclude_readonly:
            data["value"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.value
            ]
        if self.next_link is not None and not exclude_readonly:
            data["nextLink"] = self.next_link
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SecretProperties:
    """Properties of the key backing a certificate.

    Attributes:
        content_type: The media type (MIME type).
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    content_type: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "contentType",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecretProperties:
        """A SecretProperties from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.content_type = data.get("contentType")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.content_type is not None:
            data["contentType"] = self.content_type
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SecretRestoreParameters:
    """The secret restore parameters.

    Attributes:
        secret_bundle_backup: (required) The backup blob associated with a secret
            bundle.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    secret_bundle_backup: bytes
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecretRestoreParameters:
        """A SecretRestoreParameters from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.secret_bundle_backup = _serde.req(
            _serde.base64url_bytes, data.get("value")
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
        if self.secret_bundle_backup is not None:
            data["value"] = _serde.base64url_bytes_to_wire(self.secret_bundle_backup)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SecretSetParameters:
    """The secret set parameters.

    Attributes:
        value: (required) The value of the secret.
        tags: Application specific metadata in the form of key-value pairs.
        content_type: Type of the secret value such as a password.
        secret_attributes: The secret management attributes.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    value: str
    tags: dict[str, str] | None = None
    content_type: str | None = None
    secret_attributes: SecretAttributes | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "tags",
            "contentType",
            "attributes",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecretSetParameters:
        """A SecretSetParameters from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.value = _serde.required(data, "value")
        self.tags = data.get("tags")
        self.content_type = data.get("contentType")
        self.secret_attributes = _serde.opt(
            SecretAttributes.from_dict, data.get("attributes")
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
        if self.value is not None:
            data["value"] = self.value
        if self.tags is not None:
            data["tags"] = self.tags
        if self.content_type is not None:
            data["contentType"] = self.content_type
        if self.secret_attributes is not None:
            data["attributes"] = self.secret_attributes.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SecretUpdateParameters:
    """The secret update parameters.

    Attributes:
        content_type: Type of the secret value such as a password.
        secret_attributes: The secret management attributes.
        tags: Application specific metadata in the form of key-value pairs.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    content_type: str | None = None
    secret_attributes: SecretAttributes | None = None
    tags: dict[str, str] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "contentType",
            "attributes",
            "tags",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SecretUpdateParameters:
        """A SecretUpdateParameters from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.content_type = data.get("contentType")
        self.secret_attributes = _serde.opt(
            SecretAttributes.from_dict, data.get("attributes")
        )
        self.tags = data.get("tags")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.content_type is not None:
            data["contentType"] = self.content_type
        if self.secret_attributes is not None:
            data["attributes"] = self.secret_attributes.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.tags is not None:
            data["tags"] = self.tags
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data
