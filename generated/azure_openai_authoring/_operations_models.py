# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
from __future__ import annotations

from typing import TYPE_CHECKING

from . import _pipeline
from ._lazy import LazyModule

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "ModelsOperations",
]


class ModelsOperations:
    """Operations of the `models` group, reached as `client.models`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def list(
        self,
        *,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> _models.ModelList:
        """Microsoft Azure Gets A List Of All Models That Are Accessible By The Azure
        Openai Resource
        these Include Base Models As Well As All Successfully Completed Fine Tuned
        Models Owned By The Azure Openai Resource

        Needs a more full description created.

        Args:
            request_options: Per-call headers, query parameters, timeout and retries.
        """
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/models",
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.ModelList.from_dict)

    def get(
        self,
        model_id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> _models.Model:
        """Microsoft Azure Gets Details For The Model Specified By The Given Modelid

        Needs a more full description created.

        Args:
            model_id: The identifier of the model.
            request_options: Per-call headers, query parameters, timeout and retries.
        """
        _pipeline.require(model_id=model_id)
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/models/{model-id}", {"model-id": (model_id, False)}
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Model.from_dict)
