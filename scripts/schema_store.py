"""The published schemas as one store, so that `$ref`s between them resolve offline.

Every `*.json` with an `$id` in the schema folder is known by that `$id`; a `$ref` such as
"agreement.schema.json" in validate-report.schema.json resolves against its own `$id`
to the other file's. Needs Debian's python3-jsonschema (4.10 or later).
"""
import json
import pathlib

import jsonschema


def load_store(folder):
    """{$id: schema} of every JSON file in `folder` that has an `$id`."""
    store = {}
    for path in sorted(pathlib.Path(folder).glob("*.json")):
        with open(path, encoding="utf-8") as handle:
            schema = json.load(handle)
        if isinstance(schema, dict) and "$id" in schema:
            store[schema["$id"]] = schema
    return store


def validator_for(schema, store, base_uri=None):
    """A draft 2020-12 validator of `schema` (checking formats) whose `$ref`s resolve in `store`.

    `base_uri` is for a schema that is part of a larger document without its own `$id`
    (a response schema inside the OpenAPI document); `schema` is then looked up in it."""
    if base_uri is None:
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    else:
        resolver = jsonschema.RefResolver(base_uri, store[base_uri], store=store)
    return jsonschema.Draft202012Validator(schema, resolver=resolver, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
