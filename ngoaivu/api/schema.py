"""Schema post-processing: every operation documents the API's JSON error answers.

drf-spectacular lists only the success response; clients (and the schemathesis run in
tests/api_fuzz) must know that a 4XX is JSON ({"detail": …} or {"field": ["…"]}) and that
a stale If-Match is a 412 of the same shape.
"""
ERROR_SCHEMA = {
    "type": "object",
    "description": "Lỗi: `detail` (một thông báo) hoặc tên trường → danh sách thông báo.",
    "additionalProperties": True,
}


def add_error_responses(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    error = {"description": "Lỗi của yêu cầu (JSON).",
             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"].setdefault("4XX", error)
    return result
