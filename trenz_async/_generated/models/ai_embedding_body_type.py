# generated from openapi.json by codegen; do not edit
from typing import Literal

AiEmbeddingBodyType = Literal["text"]

AI_EMBEDDING_BODY_TYPE_VALUES: set[AiEmbeddingBodyType] = {
    "text",
}


def check_ai_embedding_body_type(value: str) -> AiEmbeddingBodyType:
    if value in AI_EMBEDDING_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_EMBEDDING_BODY_TYPE_VALUES!r}"
    )
