"""JSON Schema of the models, for tools that read factcheck's JSON without Python."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .models import Claim, Document, Report

__all__ = ["json_schema"]

_MODELS: dict[str, type[BaseModel]] = {"claim": Claim, "document": Document, "report": Report}


def json_schema(model: str = "report") -> dict[str, Any]:
    """The JSON Schema of ``report`` (default), ``claim`` or ``document`` JSON.

    >>> json_schema("claim")["title"]
    'Claim'
    """
    try:
        cls = _MODELS[model]
    except KeyError:
        from .errors import InputValueError

        raise InputValueError(
            f"json_schema() knows {', '.join(sorted(_MODELS))}, not {model!r}"
        ) from None
    schema: dict[str, Any] = cls.model_json_schema(mode="serialization")
    return schema
